package dev.migrate.autogenerate.hibernate.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.ColumnDefault;

/** Basic columns of many types, an identity id, table-level indexes and unique constraints. */
@Entity
@Table(
        indexes = @Index(name = "ix_customer_last_name", columnList = "lastName, firstName desc"),
        uniqueConstraints = @UniqueConstraint(name = "uq_customer_name_birth", columnNames = {"last_name", "birth_date"}))
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(length = 100, nullable = false)
    String lastName;

    @Column(length = 100)
    String firstName;

    @Column(nullable = false, unique = true, length = 200)
    String email;

    @Column(precision = 12, scale = 2)
    BigDecimal balance;

    boolean active;

    Boolean newsletter;

    Instant createdAt;

    LocalDateTime updatedAt;

    LocalDate birthDate;

    UUID externalId;

    byte[] avatar;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    CustomerStatus status;

    @Enumerated(EnumType.ORDINAL)
    Tier tier;

    @ColumnDefault("0")
    @Column(nullable = false)
    int loyaltyPoints;

    @Embedded
    Address address;

    @ManyToMany
    Set<Tag> tags;

    @ElementCollection
    @Column(name = "nickname", length = 50)
    Set<String> nicknames;

    @ElementCollection
    @CollectionTable(name = "customer_phone")
    List<String> phones;

    @OneToMany(mappedBy = "customer")
    List<PurchaseOrder> orders;
}
