package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;

/** A JOINED subclass keyed by the implicit key column, with an embedded value. */
@Entity
public class Building extends Asset {

    Integer floors;

    @Embedded
    PostalAddress address;
}
