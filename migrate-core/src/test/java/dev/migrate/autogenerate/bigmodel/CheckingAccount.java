package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** A SINGLE_TABLE subclass. */
@Entity
@DiscriminatorValue("CHECKING")
public class CheckingAccount extends Account {

    @Column(precision = 10, scale = 2)
    BigDecimal overdraftLimit;

    Boolean chequeBook;
}
