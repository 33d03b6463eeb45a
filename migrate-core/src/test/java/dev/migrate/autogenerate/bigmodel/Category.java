package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.UniqueConstraint;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A self-referencing tree: the owning many-to-one and the inverse one-to-many on the same class. */
@Entity
@jakarta.persistence.Table(uniqueConstraints = @UniqueConstraint(name = "uq_category_parent_name",
        columnNames = {"parent_id", "name"}))
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    @Column(nullable = false, length = 80)
    String name;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.CASCADE)
    Category parent;

    @OneToMany(mappedBy = "parent")
    Set<Category> children = new HashSet<>();
}
