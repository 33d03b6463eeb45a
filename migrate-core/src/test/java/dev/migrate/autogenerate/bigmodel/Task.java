package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Both enum mappings, column defaults on an enum and a Boolean, a named two-column index. */
@Entity
@jakarta.persistence.Table(indexes = @Index(name = "ix_task_project_status", columnList = "project_id, status"))
public class Task extends Audited {

    @Column(nullable = false, length = 200)
    String title;

    @ManyToOne(optional = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    Project project;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.SET_NULL)
    Employee assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @ColumnDefault("'OPEN'")
    WorkStatus status;

    @Enumerated(EnumType.ORDINAL)
    Priority priority;

    LocalDateTime dueAt;

    @ColumnDefault("false")
    Boolean blocked;

    Integer estimateHours;
}
