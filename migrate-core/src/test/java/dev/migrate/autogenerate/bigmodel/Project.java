package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code @SequenceGenerator} id, a primitive {@code @Version}, a many-to-many with an explicit
 * join table and element collections of a Set of String and a Map of String to Integer.
 */
@Entity
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 10)
    Long id;

    @Version
    long version;

    @Column(nullable = false, length = 100)
    String name;

    @ManyToOne
    Company company;

    LocalDate startsOn;

    @ManyToMany
    @JoinTable(name = "project_member", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    Set<Employee> members = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_label", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "label", length = 40)
    Set<String> labels = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "project_budget")
    @MapKeyColumn(name = "budget_line", length = 40)
    @Column(name = "amount")
    Map<String, Integer> budget = new HashMap<>();

    @OneToMany(mappedBy = "project")
    List<Task> tasks = new ArrayList<>();
}
