package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The element of an embeddable element collection. */
@Embeddable
public class LineItem {

    @Column(length = 40, nullable = false)
    String sku;

    int quantity;

    @Column(precision = 10, scale = 2)
    BigDecimal unitPrice;
}
