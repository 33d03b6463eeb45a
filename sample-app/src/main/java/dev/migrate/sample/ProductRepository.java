package dev.migrate.sample;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data repository of {@link Product}. */
interface ProductRepository extends JpaRepository<Product, Integer> {
}
