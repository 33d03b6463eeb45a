package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An {@code @IdClass} composite key of a Long and a LocalDate. */
@Entity
@IdClass(PriceHistoryKey.class)
public class PriceHistory {

    @Id
    Long productId;

    @Id
    LocalDate validFrom;

    @Column(nullable = false, precision = 10, scale = 2)
    BigDecimal price;

    @Column(length = 3)
    String currency;
}
