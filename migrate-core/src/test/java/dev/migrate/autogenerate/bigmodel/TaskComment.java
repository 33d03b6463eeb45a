package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.hibernate.Length;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * A NOT NULL {@code @Lob} String. Its {@code @Column} needs a length: the annotation's default of
 * 255 makes Hibernate render {@code tinytext} on MariaDB/MySQL (a 255-byte LOB), while a
 * {@code @Lob} without {@code @Column} gets {@code longtext}.
 */
@Entity
public class TaskComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    Task task;

    @ManyToOne
    Employee author;

    @Lob
    @Column(nullable = false, length = Length.LONG32)
    String body;

    Instant postedAt;
}
