package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A named two-column index over a String and a Long. */
@Entity
@jakarta.persistence.Table(indexes = @Index(name = "ix_audit_entry_entity", columnList = "entityName, entityId"))
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    Instant occurredAt;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.SET_NULL)
    Employee actor;

    @Column(nullable = false, length = 40)
    String entityName;

    Long entityId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    WorkStatus newStatus;
}
