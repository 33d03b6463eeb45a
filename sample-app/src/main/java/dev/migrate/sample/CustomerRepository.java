package dev.migrate.sample;

import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data repository of {@link Customer}. */
interface CustomerRepository extends JpaRepository<Customer, Integer> {
}
