package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** The concrete root of a JOINED hierarchy. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Asset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 100)
    String name;

    @Column(precision = 14, scale = 2)
    BigDecimal purchasePrice;

    LocalDate acquiredOn;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.SET_NULL)
    Company owner;
}
