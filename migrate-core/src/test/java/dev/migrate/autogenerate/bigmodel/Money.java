package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An amount with its currency. */
@Embeddable
public class Money {

    @Column(precision = 12, scale = 2)
    BigDecimal amount;

    @Column(length = 3)
    String currency;
}
