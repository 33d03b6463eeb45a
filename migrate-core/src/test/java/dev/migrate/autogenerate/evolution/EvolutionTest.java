package dev.migrate.autogenerate.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.autogenerate.AutogenerateHarness;
import dev.migrate.autogenerate.AutogenerateHarness.Generated;
import dev.migrate.autogenerate.Change;
import dev.migrate.autogenerate.DiffOptions;
import dev.migrate.autogenerate.Renames;
import dev.migrate.autogenerate.Risk;
import dev.migrate.autogenerate.SchemaDiff;
import dev.migrate.autogenerate.TableRows;
import dev.migrate.schema.Schema;
import dev.migrate.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A small model (author, book, later review) walked through fifteen versions, one package per
 * version ({@code v01} … {@code v15}), as a project's history would go: for every step
 * autogenerate must find exactly the expected changes with the expected risks, the revision must
 * upgrade, downgrade and upgrade again, autogenerate must then find nothing (and, after the
 * downgrade, nothing against the previous version), and the rows inserted before the step must
 * still be there with their values wherever the change allows it.
 */
class EvolutionTest {

    private static final String AUTHOR = "SELECT id, name, bio, email FROM author ORDER BY id";
    private static final String BOOK = "SELECT id, title, status, author_id FROM book ORDER BY id";
    private static final String BOOK_PAGES = "SELECT id, title, status, author_id, pages FROM book ORDER BY id";
    private static final String REVIEW = "SELECT id, book_id, rating, body FROM review ORDER BY id";
    private static final String BOOK_REVIEW = "SELECT id, book_id, rating, body FROM book_review ORDER BY id";

    @ParameterizedTest(name = TestDatabase.DISPLAY_NAME)
    @MethodSource("dev.migrate.testing.TestDatabase#all")
    void aModelEvolvesThroughFifteenVersionsKeepingItsRows(TestDatabase database) throws Exception {
        try (TestDatabase.Fresh db = database.fresh(); AutogenerateHarness harness = new AutogenerateHarness(db)) {
            Walk walk = new Walk(database, harness);

            // 1. two new entities, from an empty database
            walk.step("v01", List.of("Author", "Book"), DiffOptions.defaults(),
                    List.of("create table author", "create table book"));

            // 2. a new column in each table
            harness.execute("INSERT INTO author (id, name, bio) VALUES (1, 'Ann', 'Wrote one book')",
                    "INSERT INTO author (id, name, bio) VALUES (2, 'Bob', NULL)",
                    "INSERT INTO book (id, title, status, author_id) VALUES (10, 'Dune', 'DRAFT', 1)",
                    "INSERT INTO book (id, title, status, author_id) VALUES (11, 'Emma', 'PUBLISHED', 2)",
                    "INSERT INTO book (id, title, status, author_id) VALUES (12, 'Solo', NULL, NULL)");
            Generated step2 = walk.step("v02", List.of("Author", "Book"), DiffOptions.defaults(),
                    List.of("add column author.email", "add column book.pages"),
                    Rows.same("SELECT id, name, bio FROM author ORDER BY id"), Rows.same(BOOK));
            walk.assertRisks(step2, Risk.SAFE, Risk.SAFE);

            // 3. a longer string
            harness.execute("INSERT INTO author (id, name, bio, email) VALUES (3, 'Cy', 'Short', 'cy@example.com')",
                    "INSERT INTO book (id, title, status, author_id, pages) VALUES (13, 'Pages', 'DRAFT', 1, 320)");
            Generated step3 = walk.step("v03", List.of("Author", "Book"), DiffOptions.defaults(),
                    List.of("alter column author.name (type varchar(50) -> varchar(100))"),
                    Rows.same(AUTHOR), Rows.same(BOOK_PAGES));
            walk.assertRisks(step3, Risk.SAFE);

            // 4. nullable -> NOT NULL on a table with rows (and a name only the longer column holds)
            harness.execute("INSERT INTO author (id, name, bio, email) VALUES (4, '" + "n".repeat(60) + "', NULL, NULL)",
                    "INSERT INTO book (id, title, status, author_id, pages) VALUES (14, 'Walden', 'PUBLISHED', 4, 200)");
            Generated step4 = walk.step("v04", List.of("Author", "Book"), DiffOptions.defaults(),
                    List.of("alter column book.title (NOT NULL)"), Rows.same(AUTHOR), Rows.same(BOOK_PAGES));
            walk.assertRisks(step4, Risk.CAUTION);

            // 5. a new unique constraint and a new index
            harness.execute("INSERT INTO book (id, title, status, author_id, pages) VALUES (15, 'Ulysses', 'DRAFT', 3, 730)");
            Generated step5 = walk.step("v05", List.of("Author", "Book"), DiffOptions.defaults(),
                    List.of("add unique constraint uq_author_email on author (email)",
                            "create index ix_book_title on book (title)"),
                    Rows.same(AUTHOR), Rows.same(BOOK_PAGES));
            // the table has rows, which may hold duplicates
            walk.assertRisks(step5, Risk.CAUTION, Risk.SAFE);

            // 6. a new entity referring to an existing one
            harness.execute("UPDATE author SET email = 'ann@example.com' WHERE id = 1");
            walk.step("v06", List.of("Author", "Book", "Review"), DiffOptions.defaults(),
                    List.of("create table review"), Rows.same(AUTHOR), Rows.same(BOOK_PAGES));

            // 7. a new foreign key on a table with rows, which other rows refer to (review -> book)
            harness.execute("INSERT INTO review (id, book_id, rating, body) VALUES (100, 10, 5, 'Great')",
                    "INSERT INTO review (id, book_id, rating, body) VALUES (101, 10, 3, 'Fine')",
                    "INSERT INTO review (id, book_id, rating, body) VALUES (102, 11, 4, NULL)");
            Generated step7 = walk.step("v07", List.of("Author", "Book", "Review"), DiffOptions.defaults(),
                    List.of("add foreign key fk_book_author on book (author_id) -> author"),
                    Rows.same(AUTHOR), Rows.same(BOOK_PAGES), Rows.same(REVIEW));
            walk.assertRisks(step7, Risk.CAUTION);
            walk.assertRebuilt(step7, "book");

            // 8. a changed ON DELETE
            harness.execute("INSERT INTO review (id, book_id, rating, body) VALUES (103, 14, 2, 'Slow')");
            Generated step8 = walk.step("v08", List.of("Author", "Book", "Review"), DiffOptions.defaults(),
                    List.of("change foreign key " + walk.stored("fk_review_book") + " on review (on delete NO ACTION -> CASCADE, "
                            + "on update NO ACTION -> NO ACTION)"),
                    Rows.same(AUTHOR), Rows.same(BOOK_PAGES), Rows.same(REVIEW));
            walk.assertRisks(step8, Risk.CAUTION);
            walk.assertRebuilt(step8, "review");

            // 9. a new enum value
            harness.execute("INSERT INTO review (id, book_id, rating, body) VALUES (104, 15, 5, 'Long')");
            String enumChange = switch (database) {
                // MariaDB and H2: Hibernate declares a native ENUM type (its values sorted), so the
                // type changes
                case MARIADB, H2 -> "alter column book.status (type enum('DRAFT','PUBLISHED') -> "
                        + "enum('ARCHIVED','DRAFT','PUBLISHED'))";
                // PostgreSQL: varchar(20) with a CHECK listing the values, stored rewritten
                case POSTGRESQL -> "change check constraint ck_book_status on book ((status)::text = ANY "
                        + "((ARRAY['DRAFT'::character varying, 'PUBLISHED'::character varying])::text[]) -> "
                        + "status in ('DRAFT','PUBLISHED','ARCHIVED'))";
                // SQLite: varchar(20) with a CHECK, stored as written
                case SQLITE -> "change check constraint ck_book_status on book (status in ('DRAFT','PUBLISHED') -> "
                        + "status in ('DRAFT','PUBLISHED','ARCHIVED'))";
            };
            Generated step9 = walk.step("v09", List.of("Author", "Book", "Review"), DiffOptions.defaults(), List.of(enumChange),
                    Rows.same(AUTHOR), Rows.same(BOOK_PAGES), Rows.same(REVIEW));
            // a new value fails on rows that do not hold one of the values: a check or a type change
            walk.assertRisks(step9, Risk.CAUTION);
            harness.execute("INSERT INTO book (id, title, status, author_id, pages) VALUES (16, 'Atlas', 'ARCHIVED', 2, 100)");
            assertThat(harness.query("SELECT status FROM book WHERE id = 16")).containsExactly(Map.of("status", "ARCHIVED"));

            // 10. dropped unique constraint, dropped index, NOT NULL -> nullable
            Generated step10 = walk.step("v10", List.of("Author", "Book", "Review"), DiffOptions.defaults(),
                    List.of("drop unique constraint " + walk.stored("uq_author_email") + " on author",
                            "drop index " + walk.stored("ix_book_title") + " on book",
                            "alter column book.title (nullable)"),
                    Rows.same(AUTHOR), Rows.same(BOOK_PAGES), Rows.same(REVIEW));
            walk.assertRisks(step10, Risk.SAFE, Risk.SAFE, Risk.SAFE);
            walk.assertRebuilt(step10, "author"); // which book rows refer to
            // a book without a title and a second author with the same email are allowed now
            harness.execute("INSERT INTO book (id, title, status, author_id, pages) VALUES (17, NULL, 'DRAFT', NULL, 50)",
                    "INSERT INTO author (id, name, bio, email) VALUES (5, 'Dee', NULL, 'ann@example.com')");

            // 11. a shorter string and a dropped column
            walk.afterDowngrade(() -> assertThat(harness.query("SELECT id FROM book WHERE pages IS NOT NULL"))
                    .as("the downgrade adds pages back, without its values").isEmpty());
            Generated step11 = walk.step("v11", List.of("Author", "Book", "Review"), DiffOptions.defaults(),
                    List.of("alter column author.bio (type varchar(200) -> varchar(80))",
                            "drop column book." + walk.stored("pages")),
                    Rows.same(AUTHOR), Rows.same(BOOK), Rows.same(REVIEW));
            walk.assertRisks(step11, Risk.DANGER, Risk.DANGER);
            walk.assertRebuilt(step11, "author");

            // 12. a table renamed with --rename
            harness.execute("INSERT INTO review (id, book_id, rating, body) VALUES (105, 16, 1, 'Heavy')");
            Generated step12 = walk.step("v12", List.of("Author", "Book", "Review"),
                    DiffOptions.defaults().renames(Renames.parse(List.of("review=book_review"))),
                    List.of("rename table " + walk.stored("review") + " to book_review"),
                    Rows.same(AUTHOR), Rows.same(BOOK), new Rows(REVIEW, BOOK_REVIEW));
            walk.assertRisks(step12, Risk.SAFE);

            // 13. a column renamed with --rename
            Generated step13 = walk.step("v13", List.of("Author", "Book", "Review"),
                    DiffOptions.defaults().renames(Renames.parse(List.of("book_review.body=comment"))),
                    List.of("rename column " + walk.stored("book_review.body") + " to comment"),
                    Rows.same(AUTHOR), Rows.same(BOOK),
                    new Rows(BOOK_REVIEW, "SELECT id, book_id, rating, comment AS body FROM book_review ORDER BY id"));
            walk.assertRisks(step13, Risk.SAFE);

            // 14. a column renamed without --rename: a drop and an add, flagged as a probable rename
            Generated step14 = walk.step("v14", List.of("Author", "Book", "Review"), DiffOptions.defaults(),
                    List.of("add column author.biography", "drop column author." + walk.stored("bio")),
                    Rows.same("SELECT id, name, email FROM author ORDER BY id"), Rows.same(BOOK),
                    Rows.same("SELECT id, book_id, rating, comment FROM book_review ORDER BY id"));
            walk.assertRisks(step14, Risk.SAFE, Risk.DANGER);
            String bio = "author." + walk.stored("bio");
            assertThat(step14.diff().changes()).allSatisfy(change -> assertThat(change.notes())
                    .anySatisfy(note -> assertThat(note).startsWith("probable rename of " + bio + " to biography")
                            .contains("--rename " + bio + "=biography")));
            assertThat(harness.query("SELECT biography FROM author WHERE id = 1"))
                    .as("the values of bio are lost, as the notes warn").containsExactly(java.util.Collections.singletonMap(
                            "biography", null));

            // 15. a table that others refer to renamed together with one of its columns (--rename
            // takes the new table name for the column), its foreign keys following it
            Generated step15 = walk.step("v15", List.of("Author", "Book", "Review"),
                    DiffOptions.defaults().renames(Renames.parse(List.of("author=writer", "writer.name=full_name"))),
                    List.of("rename table " + walk.stored("author") + " to writer",
                            "rename column writer." + walk.stored("name") + " to full_name"),
                    new Rows("SELECT id, name, biography, email FROM author ORDER BY id",
                            "SELECT id, full_name AS name, biography, email FROM writer ORDER BY id"),
                    Rows.same(BOOK));
            walk.assertRisks(step15, Risk.SAFE, Risk.SAFE);

            // the ON DELETE CASCADE survived every rebuild and rename since step 8
            if (database == TestDatabase.SQLITE) {
                // SQLite enforces foreign keys only on a connection that asks for it
                harness.execute("PRAGMA foreign_keys = ON", "DELETE FROM book WHERE id = 10");
            } else {
                harness.execute("DELETE FROM book WHERE id = 10");
            }
            assertThat(harness.query("SELECT id FROM book_review ORDER BY id"))
                    .extracting(row -> String.valueOf(row.get("id"))).containsExactly("102", "103", "104", "105");
        }
    }

    /** A query of the rows a step must keep: in the schema before the step and in the schema after it. */
    record Rows(String before, String after) {
        static Rows same(String sql) {
            return new Rows(sql, sql);
        }
    }

    /** The walk through the versions on one database. */
    private static final class Walk {

        private final TestDatabase database;
        private final AutogenerateHarness harness;
        private Schema previous;
        private Runnable afterDowngrade = () -> { };
        private String previousVersion = "(empty)";

        Walk(TestDatabase database, AutogenerateHarness harness) {
            this.database = database;
            this.harness = harness;
        }

        /**
         * Moves the model to {@code version}: autogenerates, checks the changes, upgrades,
         * downgrades one and upgrades again, checking the schema and the rows each time.
         */
        Generated step(String version, List<String> entities, DiffOptions options, List<String> expected, Rows... keep) {
            Schema model = harness.model(entities.stream()
                    .map(e -> EvolutionTest.class.getPackageName() + "." + version + "." + e).toList());
            List<List<List<String>>> rows = new ArrayList<>();
            for (Rows r : keep) {
                List<List<String>> before = rows(r.before());
                assertThat(before).as("%s: rows to keep (%s)", version, r.before()).isNotEmpty();
                rows.add(before);
            }
            Generated generated = harness.generate(model, options);
            assertThat(generated).as("%s on %s: a revision", version, database).isNotNull();
            assertThat(generated.descriptions()).as("%s on %s: changes from %s; revision:%n%s", version, database,
                    previousVersion, generated.source()).containsExactlyElementsOf(expected);

            harness.upgrade("head");
            harness.assertNoChanges(model, options);
            assertRows(version + " after upgrade", keep, rows, true);

            harness.downgrade("-1");
            if (previous != null) {
                // autogenerate refuses a database behind its heads: compare the reflected schema directly
                assertThat(SchemaDiff.compare(previous, harness.reflect(), database.dialect(), DiffOptions.defaults(),
                        TableRows.ASSUME_ROWS).changes()).extracting(Change::describe)
                        .as("%s on %s: the downgrade gives back %s; revision:%n%s", version, database, previousVersion,
                                generated.source())
                        .isEmpty();
            }
            assertRows(version + " after downgrade", keep, rows, false);
            afterDowngrade.run();
            afterDowngrade = () -> { };

            harness.upgrade("head");
            harness.assertNoChanges(model, options);
            assertRows(version + " after downgrade and upgrade", keep, rows, true);
            previous = model;
            previousVersion = version;
            return generated;
        }

        /** Runs {@code check} after the downgrade of the next step. */
        void afterDowngrade(Runnable check) {
            afterDowngrade = check;
        }

        /**
         * On SQLite the step rebuilds {@code table} (move and copy, with the rows of the tables
         * referring to it kept, as the step's row checks show); the other databases alter it in place.
         */
        void assertRebuilt(Generated generated, String table) {
            if (database == TestDatabase.SQLITE) {
                assertThat(generated.source()).contains("op.batchAlterTable(\"" + table + "\"");
            } else {
                assertThat(generated.source()).doesNotContain("batchAlterTable");
            }
        }

        void assertRisks(Generated generated, Risk... risks) {
            assertThat(generated.diff().changes()).extracting(Change::risk).as("risks of %s on %s",
                    generated.descriptions(), database).containsExactly(risks);
        }

        private void assertRows(String when, Rows[] keep, List<List<List<String>>> expected, boolean after) {
            for (int i = 0; i < keep.length; i++) {
                String sql = after ? keep[i].after() : keep[i].before();
                assertThat(rows(sql)).as("%s on %s: %s", when, database, sql).isEqualTo(expected.get(i));
            }
        }

        private List<List<String>> rows(String sql) {
            return harness.query(sql).stream()
                    .map(row -> row.values().stream().map(v -> Objects.toString(v, null)).toList())
                    .toList();
        }

        /**
         * A name as the database reports it back, which is how changes to what only the database
         * has (drops) name it: H2 stores unquoted names upper case.
         */
        String stored(String name) {
            return database == TestDatabase.H2 ? name.toUpperCase(java.util.Locale.ROOT) : name;
        }
    }
}
