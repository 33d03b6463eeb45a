package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.LocalDate;

/** A SINGLE_TABLE subclass. */
@Entity
@DiscriminatorValue("SAVINGS")
public class SavingsAccount extends Account {

    Double interestRate;

    LocalDate lockedUntil;
}
