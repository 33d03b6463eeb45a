package dev.migrate.autogenerate.hibernate.model;

import jakarta.persistence.Entity;

/** Another JOINED subclass. */
@Entity
public class Truck extends Vehicle {

    double payloadTons;
}
