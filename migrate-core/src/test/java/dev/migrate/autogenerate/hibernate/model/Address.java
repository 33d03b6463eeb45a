package dev.migrate.autogenerate.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An embeddable: its columns land in the owner's table. */
@Embeddable
public class Address {

    @Column(length = 120)
    String street;

    @Column(length = 60, nullable = false)
    String city;

    @Column(length = 10)
    String postCode;
}
