package dev.migrate.autogenerate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.ColumnInfo;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model read from the metadata against the create script Hibernate itself renders from the
 * same metadata: same tables, each column declared with the model's type, default and
 * nullability, and the keys, indexes and sequences Hibernate creates on that dialect.
 */
class ModelMatchesHibernateDdlTest {

    private static final Pattern CREATE_TABLE = Pattern.compile("^create table (\\w+) \\(");

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mysql", "mariadb", "h2"})
    void everyTableAndColumnIsDeclaredAsTheModelSays(String dialect) {
        List<String> script = HibernateDdl.createScript(OfflineModels.metadata(dialect), directory);
        Schema schema = OfflineModels.schema(dialect);

        assertThat(script.stream().map(CREATE_TABLE::matcher).filter(Matcher::find).map(m -> m.group(1)))
                .containsExactlyInAnyOrderElementsOf(schema.tables().stream().map(Table::name).toList());
        for (Table table : schema.tables()) {
            String create = createTable(script, table.name());
            for (ColumnInfo column : table.columns()) {
                String declared = column.name() + " " + column.type()
                        + (column.defaultSql() == null ? "" : " default " + column.defaultSql());
                assertThat(create).as(dialect + " " + table.name()).containsPattern("(\\(|, )" + Pattern.quote(declared) + "(?=[ ,)])");
                boolean declaredNotNull = create.contains(declared + " not null");
                if (column.primaryKeyPosition() == 0) {
                    assertThat(declaredNotNull).as(dialect + " " + table.name() + "." + column.name() + " not null")
                            .isEqualTo(!column.nullable());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mariadb", "h2"})
    void foreignKeysUniqueKeysIndexesAndSequencesAreTheOnesHibernateCreates(String dialect) {
        String script = String.join("\n", HibernateDdl.createScript(OfflineModels.metadata(dialect), directory))
                .toLowerCase(Locale.ROOT);
        Schema schema = OfflineModels.schema(dialect);

        for (Table table : schema.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                assertThat(script).containsPattern("alter table (if exists )?" + table.name() + " add constraint "
                        + fk.name().toLowerCase(Locale.ROOT) + " foreign key \\(" + String.join(", ", fk.columns())
                        + "\\) references " + fk.referredTable() + "( \\(" + String.join(", ", fk.referredColumns()) + "\\))?"
                        + ("CASCADE".equals(fk.onDelete()) ? " on delete cascade;" : ";"));
            }
            for (UniqueConstraint unique : table.uniqueConstraints()) {
                String columns = String.join(", ", unique.columns());
                String named = unique.name() == null ? "(constraint \\w+ )?" : "constraint " + unique.name() + " ";
                String inline = unique.columns().size() == 1 ? "|[(,] " + columns + " [^,]*unique[,)]" : "";
                assertThat(script).as(dialect + " " + table.name() + " " + unique)
                        .containsPattern(named + "unique \\(" + columns + "\\)" + inline);
            }
            for (Index index : table.indexes()) {
                assertThat(script).contains("create index " + index.name() + " on " + table.name() + " ("
                        + index.columns().stream().map(c -> c.name() + (c.descending() ? " desc" : ""))
                                .collect(Collectors.joining(", ")) + ")");
            }
        }
        for (Sequence sequence : schema.sequences()) {
            assertThat(script).containsPattern("create sequence " + sequence.name() + " start with " + sequence.start()
                    + " increment by " + sequence.increment() + "\\b");
        }
        assertThat(script.lines().filter(l -> l.startsWith("create sequence")).count()).isEqualTo(schema.sequences().size());
        assertThat(script.lines().filter(l -> l.startsWith("create index")).count())
                .isEqualTo(schema.tables().stream().mapToLong(t -> t.indexes().size()).sum());
        assertThat(script.lines().filter(l -> l.contains(" foreign key ")).count())
                .isEqualTo(schema.tables().stream().mapToLong(t -> t.foreignKeys().size()).sum());
    }

    private static String createTable(List<String> script, String table) {
        return script.stream().filter(l -> l.startsWith("create table " + table + " (")).findFirst()
                .orElseThrow(() -> new AssertionError("no create table " + table));
    }
}
