package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** The owning side of a bidirectional one-to-many, deleted with its company; a unique column. */
@Entity
public class Department extends Audited {

    @Column(nullable = false, length = 80)
    String name;

    @ManyToOne(optional = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    Company company;

    @Column(unique = true, length = 12)
    String costCenter;
}
