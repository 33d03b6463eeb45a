package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import java.time.LocalDate;
import java.util.UUID;

/** A shared primary key: {@code @MapsId} on a one-to-one, the id column is also the foreign key. */
@Entity
public class EmployeeBadge {

    @Id
    Long id;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "employee_id")
    Employee employee;

    @Column(nullable = false, unique = true)
    UUID badgeCode;

    LocalDate validUntil;
}
