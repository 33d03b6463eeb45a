package dev.migrate.autoconfigure.jpa;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the slice tests of this package find. */
@SpringBootApplication
public class JpaTestApplication {

}
