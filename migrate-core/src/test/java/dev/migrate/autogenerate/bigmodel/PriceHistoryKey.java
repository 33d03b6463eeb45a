package dev.migrate.autogenerate.bigmodel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The {@code @IdClass} of {@link PriceHistory}. */
public class PriceHistoryKey implements Serializable {

    Long productId;

    LocalDate validFrom;

    public PriceHistoryKey() {
    }

    PriceHistoryKey(Long productId, LocalDate validFrom) {
        this.productId = productId;
        this.validFrom = validFrom;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PriceHistoryKey that && Objects.equals(productId, that.productId)
                && Objects.equals(validFrom, that.validFrom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(productId, validFrom);
    }
}
