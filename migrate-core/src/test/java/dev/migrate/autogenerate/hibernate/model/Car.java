package dev.migrate.autogenerate.hibernate.model;

import jakarta.persistence.Entity;

/** A JOINED subclass. */
@Entity
public class Car extends Vehicle {

    int seats;
}
