package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/** An association entity: two required many-to-ones unique together under a name. */
@Entity
@jakarta.persistence.Table(uniqueConstraints = @UniqueConstraint(name = "uq_membership_customer_company",
        columnNames = {"customer_id", "company_id"}))
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    Customer customer;

    @ManyToOne(optional = false)
    Company company;

    LocalDate since;
}
