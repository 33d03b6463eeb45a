package dev.migrate.autoconfigure.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

/** A Spring Data repository over a migrated table. */
public interface AuthorRepository extends JpaRepository<Author, Integer> {

}
