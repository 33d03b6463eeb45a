package dev.migrate.autogenerate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.autogenerate.hibernate.model.TestModel;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the reader makes of the test model: the structure, the same on every dialect unless noted. */
class HibernateModelReaderTest {

    private static Table table(String dialect, String name) {
        return OfflineModels.schema(dialect).table(name).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static ColumnInfo column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + table.name() + "." + name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2"})
    void tablesAreThePhysicalOnesInSnakeCaseWithSequencesApart(String dialect) {
        Schema schema = OfflineModels.schema(dialect);

        assertThat(schema.tables()).extracting(Table::name).containsExactly(
                "car", "customer", "customer_nicknames", "customer_phone", "customer_tags",
                "invoice", "payment", "purchase_order", "receipt", "tag", "truck", "vehicle");
        assertThat(schema.sequences()).containsExactly(
                new Sequence("document_seq", 1, 1), new Sequence("order_seq", 1, 50));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "mysql"})
    void withoutSequencesASequenceGeneratorIsATable(String dialect) {
        Schema schema = OfflineModels.schema(dialect);

        assertThat(schema.sequences()).isEmpty();
        assertThat(schema.tables()).extracting(Table::name).containsExactly(
                "car", "customer", "customer_nicknames", "customer_phone", "customer_tags", "document_seq",
                "invoice", "order_seq", "payment", "purchase_order", "receipt", "tag", "truck", "vehicle");
        Table sequenceTable = table(dialect, "order_seq");
        assertThat(sequenceTable.columns()).containsExactly(ColumnInfo.of("next_val", "bigint", true));
        assertThat(sequenceTable.primaryKey()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mysql", "mariadb", "h2"})
    void columnsKeepNullabilityDefaultsAndTheUnnamedPrimaryKey(String dialect) {
        Table customer = table(dialect, "customer");

        assertThat(customer.columns()).extracting(ColumnInfo::name).containsExactlyInAnyOrder(
                "id", "active", "city", "post_code", "street", "avatar", "balance", "birth_date", "created_at",
                "email", "external_id", "first_name", "last_name", "loyalty_points", "newsletter", "status",
                "tier", "updated_at");
        assertThat(customer.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
        ColumnInfo id = column(customer, "id");
        assertThat(id.nullable()).isFalse();
        assertThat(id.primaryKeyPosition()).isEqualTo(1);
        assertThat(id.autoincrement()).isTrue();
        assertThat(column(customer, "email").nullable()).isFalse();
        assertThat(column(customer, "last_name").nullable()).isFalse();
        assertThat(column(customer, "first_name").nullable()).isTrue();
        assertThat(column(customer, "active").nullable()).as("primitive boolean").isFalse();
        assertThat(column(customer, "newsletter").nullable()).as("Boolean").isTrue();
        assertThat(column(customer, "city").nullable()).as("embedded, nullable = false").isFalse();
        assertThat(column(customer, "street").nullable()).as("embedded").isTrue();
        assertThat(column(customer, "loyalty_points").defaultSql()).isEqualTo("0");
        assertThat(column(customer, "first_name").defaultSql()).isNull();
        assertThat(column(customer, "email").autoincrement()).isFalse();
        assertThat(column(table(dialect, "purchase_order"), "id").autoincrement()).as("sequence id").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mysql", "mariadb", "h2"})
    void uniqueConstraintsIndexesAndChecks(String dialect) {
        Table customer = table(dialect, "customer");

        assertThat(customer.uniqueConstraints()).containsExactly(
                new UniqueConstraint(null, List.of("email")),
                new UniqueConstraint("uq_customer_name_birth", List.of("last_name", "birth_date")));
        assertThat(customer.indexes()).containsExactly(new Index("ix_customer_last_name",
                List.of(new Index.Column("last_name", null, false, null), new Index.Column("first_name", null, true, null)),
                false, null, Index.Origin.CREATE_INDEX, null));
        assertThat(table(dialect, "tag").uniqueConstraints()).containsExactly(new UniqueConstraint(null, List.of("label")));
        // a unique @Index is a unique key to Hibernate, not an index
        Table order = table(dialect, "purchase_order");
        assertThat(order.uniqueConstraints()).containsExactly(new UniqueConstraint("ux_purchase_order_number", List.of("number")));
        assertThat(order.indexes()).isEmpty();
        assertThat(customer.checkConstraints()).contains(new CheckConstraint(null, "tier between 0 and 2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aStringEnumIsCheckedWhereTheDialectHasNoEnumType(String dialect) {
        assertThat(table(dialect, "customer").checkConstraints()).containsExactly(
                new CheckConstraint(null, "status in ('ACTIVE','SUSPENDED','CLOSED')"),
                new CheckConstraint(null, "tier between 0 and 2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "mariadb", "h2"})
    void aStringEnumIsANativeEnumWhereTheDialectHasOne(String dialect) {
        Table customer = table(dialect, "customer");

        assertThat(column(customer, "status").type()).isEqualTo("enum ('ACTIVE','CLOSED','SUSPENDED')");
        assertThat(customer.checkConstraints()).containsExactly(new CheckConstraint(null, "tier between 0 and 2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mysql", "h2"})
    void foreignKeysCarryHibernatesNamesAndOnDelete(String dialect) {
        Table order = table(dialect, "purchase_order");

        assertThat(order.foreignKeys()).containsExactly(
                new ForeignKey("FK158vbkwgyf5r6ogk9nkugqv2c", List.of("customer_id"), "customer", List.of("id"),
                        "CASCADE", "NO ACTION", false, null),
                new ForeignKey("FKqpwgi3l87s46m7gpqsc0exhnn", List.of("referrer_id"), "customer", List.of("id"),
                        "NO ACTION", "NO ACTION", false, null));
        assertThat(column(order, "customer_id")).isEqualTo(ColumnInfo.of("customer_id", "bigint", false));
        assertThat(column(order, "referrer_id").nullable()).isTrue();
        assertThat(table(dialect, "customer").foreignKeys()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mysql", "h2"})
    void joinAndCollectionTables(String dialect) {
        // Boot's implicit naming: <owner table>_<attribute>, not JPA's customer_tag
        Table tags = table(dialect, "customer_tags");
        assertThat(tags.columns()).extracting(ColumnInfo::name, ColumnInfo::nullable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("customer_id", false),
                        org.assertj.core.groups.Tuple.tuple("tags_id", false));
        assertThat(tags.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("customer_id", "tags_id")));
        assertThat(tags.foreignKeys()).extracting(ForeignKey::columns, ForeignKey::referredTable)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(List.of("customer_id"), "customer"),
                        org.assertj.core.groups.Tuple.tuple(List.of("tags_id"), "tag"));

        // a Set of basics: no primary key (the element is nullable), a unique key instead
        Table nicknames = table(dialect, "customer_nicknames");
        assertThat(nicknames.primaryKey()).isNull();
        assertThat(nicknames.columns()).extracting(ColumnInfo::name).containsExactly("customer_id", "nickname");
        assertThat(column(nicknames, "nickname").type()).isEqualTo("varchar(50)");
        assertThat(nicknames.uniqueConstraints()).containsExactly(new UniqueConstraint(null, List.of("customer_id", "nickname")));
        assertThat(nicknames.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.referredTable()).isEqualTo("customer");
            assertThat(fk.onDelete()).isEqualTo("NO ACTION");
        });

        // a List without an order column: a bag, neither key nor unique constraint
        Table phones = table(dialect, "customer_phone");
        assertThat(phones.primaryKey()).isNull();
        assertThat(phones.uniqueConstraints()).isEmpty();
        assertThat(phones.columns()).containsExactly(
                ColumnInfo.of("customer_id", "bigint", false), ColumnInfo.of("phones", "varchar(255)", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mysql", "h2"})
    void singleTableInheritanceSharesOneTableWithADiscriminator(String dialect) {
        Table payment = table(dialect, "payment");

        assertThat(payment.columns()).extracting(ColumnInfo::name)
                .containsExactlyInAnyOrder("kind", "id", "amount", "last_digits", "iban");
        assertThat(column(payment, "kind")).isEqualTo(ColumnInfo.of("kind", "varchar(10)", false));
        assertThat(column(payment, "iban").nullable()).isTrue();
        // Hibernate declares a subclass's nullable = false column NOT NULL even in the shared table
        assertThat(column(payment, "last_digits").nullable()).isFalse();
        assertThat(payment.checkConstraints()).containsExactly(new CheckConstraint(null, "kind in ('CARD','BANK')"));
        assertThat(OfflineModels.schema(dialect).table("card_payment")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mysql", "h2"})
    void joinedInheritanceKeysEachSubclassTableByTheRoot(String dialect) {
        Table car = table(dialect, "car");

        assertThat(car.columns()).extracting(ColumnInfo::name).containsExactlyInAnyOrder("id", "seats");
        assertThat(column(car, "id")).isEqualTo(new ColumnInfo("id", "bigint", false, null, 1, false, null, null, false));
        assertThat(car.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("id")));
        assertThat(car.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("id");
            assertThat(fk.referredTable()).isEqualTo("vehicle");
            assertThat(fk.referredColumns()).containsExactly("id");
        });
        assertThat(table(dialect, "truck").foreignKeys()).extracting(ForeignKey::referredTable).containsExactly("vehicle");
        assertThat(table(dialect, "vehicle").columns()).extracting(ColumnInfo::name).containsExactly("id", "maker");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mysql", "h2"})
    void tablePerClassGivesEachConcreteClassAFullTableAndTheAbstractRootNone(String dialect) {
        Schema schema = OfflineModels.schema(dialect);

        assertThat(schema.table("document")).isEmpty();
        assertThat(table(dialect, "invoice").columns()).extracting(ColumnInfo::name).containsExactly("id", "issued_on", "due_terms");
        assertThat(table(dialect, "receipt").columns()).extracting(ColumnInfo::name).containsExactly("id", "issued_on", "cashier");
        assertThat(table(dialect, "invoice").foreignKeys()).isEmpty();
        assertThat(column(table(dialect, "receipt"), "issued_on")).isEqualTo(ColumnInfo.of("issued_on", "date", true));
    }

    @Test
    void theImplicitNamingStrategyCanBeChanged() {
        var properties = HibernateModelReader.offlineProperties("h2");
        properties.put("hibernate.implicit_naming_strategy", "jpa");

        Schema schema = HibernateModelReader.read(HibernateModelReader.buildOffline(
                TestModel.classNames(), properties, getClass().getClassLoader()));

        assertThat(schema.table("customer_tag")).isPresent();
        assertThat(schema.table("customer_tags")).isEmpty();
    }

    @Test
    void anUnknownDialectNameIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> HibernateModelReader.offlineProperties("oracle"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown dialect 'oracle'; expected one of sqlite, postgresql, mysql, mariadb, h2");
    }

    @Test
    void offlinePropertiesNameTheDialectItsVersionAndBootsNaming() {
        var properties = HibernateModelReader.offlineProperties(" SQLite ");

        assertThat(properties)
                .containsEntry("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect")
                .containsEntry("jakarta.persistence.database-product-version", "3.53.4")
                .containsEntry("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl");
        assertThat(properties.get("hibernate.implicit_naming_strategy")).isInstanceOf(BootImplicitNamingStrategy.class);
    }
}
