package db.migrations;

import dev.migrate.operations.Column;
import dev.migrate.operations.Migration;
import dev.migrate.operations.Operations;
import dev.migrate.operations.Revision;
import dev.migrate.operations.SqlType;

/** The first revision: customers. */
@Revision(id = "1f0a2b3c4d01", message = "create customer", created = "2026-11-22T07:40:00Z")
public class R1f0a2b3c4d01_create_customer implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("customer",
                Column.of("id", SqlType.INTEGER).primaryKey().autoIncrement(),
                Column.of("name", SqlType.varchar(100)).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("customer");
    }
}
