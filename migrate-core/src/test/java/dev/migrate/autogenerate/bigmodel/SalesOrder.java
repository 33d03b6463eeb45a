package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A List of an embeddable element collection with an order column, and an embedded value under overrides. */
@Entity
public class SalesOrder extends Audited {

    @Column(nullable = false, unique = true, length = 30)
    String orderNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    Customer customer;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "total_amount", precision = 12, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "total_currency", length = 3))
    Money total;

    @ElementCollection
    @CollectionTable(name = "sales_order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    List<LineItem> lines = new ArrayList<>();

    LocalDate orderedOn;
}
