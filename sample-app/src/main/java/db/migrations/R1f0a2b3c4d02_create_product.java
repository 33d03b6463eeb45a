package db.migrations;

import dev.migrate.operations.Column;
import dev.migrate.operations.Constraint;
import dev.migrate.operations.Migration;
import dev.migrate.operations.Operations;
import dev.migrate.operations.Revision;
import dev.migrate.operations.SqlType;

/** Products, with a check that prices are not negative. */
@Revision(id = "1f0a2b3c4d02", revises = "1f0a2b3c4d01", message = "create product", created = "2026-11-22T07:41:00Z")
public class R1f0a2b3c4d02_create_product implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("product",
                Column.of("id", SqlType.INTEGER).primaryKey().autoIncrement(),
                Column.of("name", SqlType.varchar(100)).notNull(),
                Column.of("price", SqlType.decimal(10, 2)).notNull(),
                Constraint.check("ck_product_price", "price >= 0"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("product");
    }
}
