package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * Many column types, an ordinal enum, a column default, ON DELETE SET NULL, a self reference, a
 * named three-column unique constraint and named (multi-column) indexes.
 */
@Entity
@jakarta.persistence.Table(
        uniqueConstraints = @UniqueConstraint(name = "uq_employee_name_birth",
                columnNames = {"first_name", "last_name", "birth_date"}),
        indexes = {
            @Index(name = "ix_employee_last_first", columnList = "lastName, firstName"),
            @Index(name = "ix_employee_hired", columnList = "hiredOn")
        })
public class Employee extends Audited {

    @Column(nullable = false, length = 60)
    String firstName;

    @Column(nullable = false, length = 60)
    String lastName;

    LocalDate birthDate;

    @Column(nullable = false, unique = true, length = 200)
    String email;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.SET_NULL)
    Department department;

    @ManyToOne
    Employee manager;

    @Enumerated(EnumType.ORDINAL)
    Priority priority;

    @Column(precision = 12, scale = 2)
    BigDecimal salary;

    LocalDate hiredOn;

    boolean active;

    Boolean remote;

    Short grade;

    Double rating;

    @ColumnDefault("0")
    @Column(nullable = false)
    int vacationDays;
}
