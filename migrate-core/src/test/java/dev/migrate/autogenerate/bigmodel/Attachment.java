package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.UUID;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A generated UUID id and a sized byte array. */
@Entity
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    UUID id;

    @Column(nullable = false, length = 200)
    String fileName;

    @Column(length = 100)
    String contentType;

    @Column(length = 4000)
    byte[] content;

    Long sizeBytes;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.CASCADE)
    TaskComment comment;
}
