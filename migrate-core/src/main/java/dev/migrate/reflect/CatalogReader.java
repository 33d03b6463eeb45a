package dev.migrate.reflect;

import dev.migrate.schema.Schema;
import java.sql.SQLException;

/** Reads one database's catalog into the neutral model; one implementation per database. */
interface CatalogReader {

    /** The tables the options report, in name order, and the sequences no column owns. */
    Schema read(ReflectOptions options) throws SQLException;
}
