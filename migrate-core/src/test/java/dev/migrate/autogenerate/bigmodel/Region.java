package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.UniqueConstraint;

/** An Integer identity id; a many-to-one to a String key without ON DELETE; a named two-column unique constraint. */
@Entity
@jakarta.persistence.Table(uniqueConstraints = @UniqueConstraint(name = "uq_region_country_name",
        columnNames = {"country_code", "name"}))
public class Region {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    @Column(nullable = false, length = 80)
    String name;

    @ManyToOne(optional = false)
    Country country;
}
