package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import java.time.Instant;

/** An {@code @EmbeddedId} whose parts are foreign keys ({@code @MapsId}). */
@Entity
public class StockLevel {

    @EmbeddedId
    StockLevelId id = new StockLevelId();

    @MapsId("warehouseId")
    @ManyToOne(optional = false)
    Warehouse warehouse;

    @MapsId("productId")
    @ManyToOne(optional = false)
    Product product;

    int quantity;

    Instant countedAt;
}
