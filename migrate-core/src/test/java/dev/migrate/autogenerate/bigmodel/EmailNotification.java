package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;

/** A TABLE_PER_CLASS subclass: a full table. */
@Entity
public class EmailNotification extends Notification {

    @Column(nullable = false, length = 200)
    String subject;

    @Lob
    String body;

    @Column(length = 200)
    String toAddress;
}
