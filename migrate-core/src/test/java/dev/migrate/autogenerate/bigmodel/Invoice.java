package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A unidirectional one-to-many with {@code @JoinColumn} (the key lives in the child table) and a one-to-one. */
@Entity
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(unique = true, length = 30)
    String number;

    @OneToOne
    @JoinColumn(name = "sales_order_id", unique = true)
    SalesOrder salesOrder;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "invoice_id")
    List<InvoiceLine> lines = new ArrayList<>();

    @Embedded
    Money amountDue;

    LocalDate dueOn;
}
