package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;

/** A List of String element collection (a bag) and an embedded value without overrides. */
@Entity
public class Customer extends Audited {

    @Column(nullable = false, unique = true, length = 200)
    String email;

    @Column(length = 100)
    String displayName;

    @ElementCollection
    @CollectionTable(name = "customer_phone")
    @Column(name = "phone", length = 30)
    List<String> phones = new ArrayList<>();

    @Embedded
    PostalAddress address;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    WorkStatus status;
}
