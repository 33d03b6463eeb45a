package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An embeddable used several times, renamed with {@code @AttributeOverride} where it is. */
@Embeddable
public class PostalAddress {

    @Column(length = 120)
    String street;

    @Column(length = 60, nullable = false)
    String city;

    @Column(length = 12)
    String postCode;

    @Column(length = 2)
    String countryCode;
}
