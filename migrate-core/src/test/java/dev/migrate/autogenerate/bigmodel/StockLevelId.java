package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The {@code @EmbeddedId} of {@link StockLevel}, its parts filled by {@code @MapsId}. */
@Embeddable
public class StockLevelId implements Serializable {

    Long warehouseId;

    Long productId;

    @Override
    public boolean equals(Object other) {
        return other instanceof StockLevelId that && Objects.equals(warehouseId, that.warehouseId)
                && Objects.equals(productId, that.productId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(warehouseId, productId);
    }
}
