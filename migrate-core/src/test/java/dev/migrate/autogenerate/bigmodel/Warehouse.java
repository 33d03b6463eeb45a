package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An embedded value with one attribute renamed, and another embedded value. */
@Entity
public class Warehouse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 20)
    String code;

    @Embedded
    GeoPoint location;

    @Embedded
    @AttributeOverride(name = "city", column = @Column(name = "town", length = 60))
    PostalAddress address;

    @ManyToOne
    City city;
}
