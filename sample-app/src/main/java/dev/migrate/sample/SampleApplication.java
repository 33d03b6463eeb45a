package dev.migrate.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small shop whose schema migrate manages: customers, products and orders on SQLite. Its
 * revisions branch (orders, contact details) and merge; migrate upgrades the database at startup,
 * before JPA validates the entities against it.
 */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
