package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

/** A mapped superclass: the identity id, audit columns and an optimistic-lock version of its subclasses' tables. */
@MappedSuperclass
public abstract class Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    Instant createdAt;

    LocalDateTime updatedAt;

    @Version
    Integer version;
}
