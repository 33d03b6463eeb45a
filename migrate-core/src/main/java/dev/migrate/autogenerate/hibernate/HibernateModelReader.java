package dev.migrate.autogenerate.hibernate;

import dev.migrate.schema.Schema;
import dev.migrate.schema.Seed;
import org.hibernate.boot.model.relational.InitCommand;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.hibernate.boot.model.relational.Namespace;

/**
 * Reads the schema an application's JPA/Hibernate mapping declares, as the neutral
 * {@link Schema} that autogenerate compares with the live database.
 *
 * <p>The input is Hibernate's boot {@link Metadata}: captured from the running application, or
 * built here offline from entity class names and Hibernate properties ({@link #buildOffline}),
 * without a database connection. Names come out exactly as Hibernate renders them under the
 * naming strategies in effect, so offline builds must use the application's: Spring Boot's
 * defaults are what {@link #offlineProperties(String)} sets.
 *
 * <p>What {@link #read(Metadata)} reports, per table Hibernate creates (views, subselects and the
 * abstract root of a TABLE_PER_CLASS hierarchy are skipped; tables and sequences in name order):
 * <ul>
 *   <li>columns with the type the dialect renders ({@code Column.getSqlType(metadata)}, e.g.
 *       {@code varchar(100)}, {@code numeric(12,2)}; for an identity column on a dialect whose
 *       identity clause replaces the type, that clause: SQLite's {@code integer}), nullability
 *       as the DDL declares it (a SINGLE_TABLE subclass's {@code nullable = false} column is
 *       NOT NULL), the {@code @ColumnDefault} text, and {@code autoincrement} for identity
 *       columns;
 *   <li>the primary key, unnamed (Hibernate's internal key names are never rendered);
 *   <li>foreign keys with Hibernate's (hash) names and their ON DELETE action ({@code NO ACTION}
 *       unless {@code @OnDelete}); ON UPDATE is always {@code NO ACTION}. They are reported on
 *       every dialect, although Hibernate's SQLite dialect never creates them;
 *   <li>unique constraints: Hibernate's unique keys ({@code @Table(uniqueConstraints)}, a unique
 *       {@code @Index}, which Hibernate turns into a unique key, and the key of a {@code Set}
 *       element collection) and one per {@code @Column(unique = true)} column. Only names given
 *       in the mapping are kept: Hibernate renders implicit ones inline and unnamed on most
 *       dialects but as {@code UK<hash>} on MySQL/MariaDB, so an implicit name is {@code null};
 *   <li>plain indexes, and CHECK constraints from the table and its columns (enum checks);
 *   <li>sequences; where the dialect has none (SQLite, MySQL) a {@code @SequenceGenerator} is a
 *       table, reported as one.
 * </ul>
 *
 * <p>Hibernate ORM is an optional dependency of migrate-core: callers of this class must have it
 * on the class path (7.4), plus {@code hibernate-community-dialects} for SQLite.
 */
public final class HibernateModelReader {

    /** Spring Boot's default physical naming, as a Hibernate setting value. */
    public static final String SNAKE_CASE_PHYSICAL_NAMING = PhysicalNamingStrategySnakeCaseImpl.class.getName();

    private HibernateModelReader() {
    }

    /** The schema the mapping in {@code metadata} declares. */
    public static Schema read(Metadata metadata) {
        List<Table> tables = namespaces(metadata).stream()
                .flatMap(n -> n.getTables().stream())
                .filter(TableReader::isCreated)
                .map(t -> TableReader.read(t, metadata))
                .sorted(Comparator.comparing(Table::name))
                .toList();
        List<Sequence> sequences = namespaces(metadata).stream()
                .flatMap(n -> StreamSupport.stream(n.getSequences().spliterator(), false))
                .map(s -> new Sequence(s.getName().getSequenceName().getText(), s.getInitialValue(), s.getIncrementSize()))
                .sorted(Comparator.comparing(Sequence::name))
                .toList();
        return new Schema(tables, sequences, seeds(metadata));
    }

    private static final java.util.regex.Pattern INSERT_VALUES =
            java.util.regex.Pattern.compile("(?is)insert\\s+into\\s+\\S+\\s*(?:\\(([^)]*)\\))?\\s*values\\s*\\((.*)\\)\\s*");

    /**
     * The rows Hibernate's schema export inserts into new tables: the first {@code next_val} of
     * a {@code @SequenceGenerator} kept in a table. Its init commands are
     * {@code insert into <table> values ( <n> )}, one value per column in table order.
     */
    private static List<Seed> seeds(Metadata metadata) {
        SqlStringGenerationContext context = SqlStringGenerationContextImpl.fromExplicit(
                metadata.getDatabase().getJdbcEnvironment(), metadata.getDatabase(), null, null);
        List<Seed> seeds = new java.util.ArrayList<>();
        for (Namespace namespace : namespaces(metadata)) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (!TableReader.isCreated(table)) {
                    continue;
                }
                List<String> tableColumns = table.getColumns().stream().map(org.hibernate.mapping.Column::getName).toList();
                for (InitCommand command : table.getInitCommands(context)) {
                    for (String sql : command.initCommands()) {
                        java.util.regex.Matcher values = INSERT_VALUES.matcher(sql);
                        String[] parts = values.matches() ? values.group(2).split(",") : new String[0];
                        List<String> columns = values.matches() && values.group(1) != null
                                ? java.util.Arrays.stream(values.group(1).split(",")).map(String::strip).toList()
                                : tableColumns;
                        if (parts.length == 0 || parts.length != columns.size()) {
                            throw new IllegalStateException("Cannot read Hibernate's initial row of table "
                                    + table.getName() + ": " + sql);
                        }
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 0; i < parts.length; i++) {
                            row.put(columns.get(i), value(parts[i].strip()));
                        }
                        seeds.add(new Seed(table.getName(), row));
                    }
                }
            }
        }
        return seeds;
    }

    private static Object value(String literal) {
        if (literal.startsWith("'") && literal.endsWith("'") && literal.length() >= 2) {
            return literal.substring(1, literal.length() - 1).replace("''", "'");
        }
        try {
            return Long.valueOf(literal);
        } catch (NumberFormatException ex) {
            return new java.math.BigDecimal(literal);
        }
    }

    /**
     * Builds the boot metadata of the given entities without a database connection.
     * {@code hibernate.boot.allow_jdbc_metadata_access} is forced to {@code false}, so the
     * properties must name the dialect ({@code hibernate.dialect}) and should give the database
     * version ({@code jakarta.persistence.database-product-version}).
     *
     * @param entityClassNames fully qualified names of the entity (and embeddable, mapped
     *     superclass) classes
     * @param hibernateProperties Hibernate settings, e.g. the application's own
     * @param classLoader the loader of the entity classes
     */
    public static Metadata buildOffline(
            Collection<String> entityClassNames, Map<String, Object> hibernateProperties, ClassLoader classLoader) {
        return OfflineMetadataBuilder.build(entityClassNames, hibernateProperties, classLoader);
    }

    /**
     * Builds the boot metadata offline for a named database ({@code sqlite}, {@code postgresql},
     * {@code mysql}, {@code mariadb}, {@code h2}) with Spring Boot's default naming strategies.
     */
    public static Metadata buildOffline(String dialectName, Collection<String> entityClassNames, ClassLoader classLoader) {
        return buildOffline(entityClassNames, offlineProperties(dialectName), classLoader);
    }

    /**
     * The Hibernate properties for an offline build against a named database: its dialect class,
     * an assumed database version (SQLite 3.53.4, PostgreSQL 15, MySQL 8.4, MariaDB 11.4,
     * H2 2.4.240) and Spring Boot's default naming strategies (snake-case physical names; JPA's
     * implicit names except join tables, named {@code <owner table>_<attribute>}). The map is
     * mutable, to add or override settings.
     */
    public static Map<String, Object> offlineProperties(String dialectName) {
        OfflineDialect dialect = OfflineDialect.named(dialectName);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("hibernate.dialect", dialect.dialectClass());
        properties.put("jakarta.persistence.database-product-version", dialect.version());
        properties.put("hibernate.physical_naming_strategy", SNAKE_CASE_PHYSICAL_NAMING);
        properties.put("hibernate.implicit_naming_strategy", new BootImplicitNamingStrategy());
        return properties;
    }

    private static List<Namespace> namespaces(Metadata metadata) {
        return StreamSupport.stream(metadata.getDatabase().getNamespaces().spliterator(), false).toList();
    }
}
