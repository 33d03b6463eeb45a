package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A TABLE_PER_CLASS subclass: a full table. */
@Entity
public class SmsNotification extends Notification {

    @Column(nullable = false, length = 30)
    String phoneNumber;

    @Column(length = 160)
    String text;
}
