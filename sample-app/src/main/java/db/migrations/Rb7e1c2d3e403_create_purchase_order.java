package db.migrations;

import dev.migrate.operations.Column;
import dev.migrate.operations.Constraint;
import dev.migrate.operations.Index;
import dev.migrate.operations.Migration;
import dev.migrate.operations.Operations;
import dev.migrate.operations.ReferentialAction;
import dev.migrate.operations.Revision;
import dev.migrate.operations.SqlType;
import java.util.List;

/** The "orders" branch: orders refer to a customer and a product. */
@Revision(id = "b7e1c2d3e403", revises = "1f0a2b3c4d02", branchLabels = "orders", message = "create purchase order",
        created = "2026-11-22T07:42:00Z")
public class Rb7e1c2d3e403_create_purchase_order implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("purchase_order",
                Column.of("id", SqlType.INTEGER).primaryKey().autoIncrement(),
                Column.of("customer_id", SqlType.INTEGER).notNull(),
                Column.of("product_id", SqlType.INTEGER).notNull(),
                Column.of("quantity", SqlType.INTEGER).notNull(),
                Constraint.foreignKey("fk_order_customer", List.of("customer_id"), "customer", List.of("id"))
                        .onDelete(ReferentialAction.CASCADE),
                Constraint.foreignKey("fk_order_product", List.of("product_id"), "product", List.of("id")));
        op.createIndex(Index.on("ix_order_customer", "purchase_order", "customer_id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_order_customer", "purchase_order");
        op.dropTable("purchase_order");
    }
}
