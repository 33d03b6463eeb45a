package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** The root of a SINGLE_TABLE hierarchy with an explicit discriminator column. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "account_type", length = 12)
public abstract class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Version
    Integer version;

    @Column(nullable = false, unique = true, length = 34)
    String iban;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "balance_amount", precision = 12, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "balance_currency", length = 3))
    Money balance;

    @ManyToOne
    Customer owner;
}
