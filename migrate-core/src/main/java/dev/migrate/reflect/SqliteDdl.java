package dev.migrate.reflect;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * SQLite DDL text parsed into its parts, each part keeping its exact source text so that a table
 * definition can be changed and written back without losing anything the parser does not model
 * (ON CONFLICT clauses, comments inside a column definition, odd type names).
 *
 * <p>SQLite keeps no catalog of CHECK constraints, constraint names, collations or partial-index
 * conditions: {@code sqlite_schema.sql} is the only place they are written down. This class reads
 * SQLite's {@code CREATE TABLE} and {@code CREATE INDEX} grammar with a real tokenizer (quoted
 * identifiers in {@code ""}, {@code []} and {@code ``}, string and blob literals, nested
 * parentheses, {@code --} and block comments). It is used by {@link SqliteTableReader} and by the
 * SQLite table rebuild; it is not meant as a general SQL parser.
 */
public final class SqliteDdl {

    private SqliteDdl() {
    }

    /**
     * Parses a {@code CREATE [TEMP] TABLE} statement as SQLite stores it in {@code sqlite_schema}.
     *
     * @throws IllegalArgumentException when the text is not such a statement (a virtual table, a
     *     {@code CREATE TABLE ... AS SELECT} that SQLite did not normalise, or broken SQL); the
     *     message names the offset
     */
    public static CreateTable parseCreateTable(String sql) {
        return new DdlParser(sql).createTable();
    }

    /**
     * Parses a {@code CREATE [UNIQUE] INDEX} statement.
     *
     * @throws IllegalArgumentException when the text is not such a statement
     */
    public static CreateIndex parseCreateIndex(String sql) {
        return new DdlParser(sql).createIndex();
    }

    /**
     * What a {@code CREATE} statement makes: its object type in upper case ({@code TABLE},
     * {@code INDEX}, {@code TRIGGER}, {@code VIEW}) and the object's name.
     *
     * @throws IllegalArgumentException when the text is not a CREATE statement
     */
    public static SchemaObject schemaObject(String createSql) {
        return new DdlParser(createSql).schemaObject();
    }

    /**
     * The names an SQL expression (or any SQL fragment) may use as column or table names: bare
     * words and quoted identifiers that are not followed by {@code (} (function calls), unquoted and
     * in ASCII lower case. Keywords are included; callers compare against the names they look for.
     */
    public static Set<String> referencedNames(String sql) {
        List<Token> tokens = SqlTokenizer.tokenize(sql);
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.type() != Token.Type.WORD && token.type() != Token.Type.QUOTED) {
                continue;
            }
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).isPunct("(");
            if (!call) {
                names.add(lower(token.name()));
            }
        }
        return names;
    }

    /**
     * Whether {@code sql} may follow {@code DEFAULT} as it is: one literal (string, blob, number,
     * optionally signed), one bare word ({@code NULL}, {@code TRUE}, {@code CURRENT_TIMESTAMP}), or
     * one parenthesised expression. Anything else must be wrapped in parentheses.
     */
    public static boolean isPlainDefault(String sql) {
        List<Token> tokens;
        try {
            tokens = SqlTokenizer.tokenize(sql);
        } catch (IllegalArgumentException ex) {
            return false;
        }
        if (tokens.isEmpty()) {
            return false;
        }
        Token first = tokens.get(0);
        if (first.isPunct("(")) {
            return DdlParser.matchingClose(tokens, 0) == tokens.size() - 1;
        }
        if (tokens.size() == 2 && (first.isPunct("-") || first.isPunct("+"))) {
            return tokens.get(1).type() == Token.Type.NUMBER;
        }
        return tokens.size() == 1 && first.type() != Token.Type.PUNCT && first.type() != Token.Type.VARIABLE
                && first.type() != Token.Type.QUOTED;
    }

    /**
     * {@code sql} with every qualification by {@code table} removed ({@code t.a} becomes {@code a}),
     * for expressions of the table's own constraints that must keep working under another table
     * name. Returns {@code sql} itself when there is nothing to remove.
     */
    public static String withoutQualifier(String sql, String table) {
        List<Token> tokens = SqlTokenizer.tokenize(sql);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token name = tokens.get(i);
            boolean qualifier = name.isName() && name.type() != Token.Type.STRING
                    && name.name().equalsIgnoreCase(table)
                    && tokens.get(i + 1).isPunct(".") && tokens.get(i + 2).isName()
                    && (i == 0 || !tokens.get(i - 1).isPunct("."));
            if (qualifier) {
                out.append(sql, copied, name.start());
                copied = tokens.get(i + 1).end();
            }
        }
        if (copied == 0) {
            return sql;
        }
        return out.append(sql.substring(copied)).toString();
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * The object a {@code CREATE} statement makes.
     *
     * @param type {@code TABLE}, {@code INDEX}, {@code TRIGGER} or {@code VIEW}
     * @param name the object's name (unquoted)
     */
    public record SchemaObject(String type, String name) {
    }

    /**
     * A parsed {@code CREATE TABLE} statement.
     *
     * @param name the table name (unquoted)
     * @param columns the column definitions in order
     * @param constraints the table constraints in order
     * @param options the table options after the closing parenthesis, each as written
     *     ({@code WITHOUT ROWID}, {@code STRICT})
     * @param sql the whole statement
     */
    public record CreateTable(String name, List<ColumnDef> columns, List<Constraint> constraints,
            List<String> options, String sql) {

        public CreateTable {
            Objects.requireNonNull(name, "name");
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
            options = List.copyOf(options);
        }

        /** Whether the table was declared {@code WITHOUT ROWID}. */
        public boolean withoutRowid() {
            return options.stream().anyMatch(o -> o.replaceAll("\\s+", " ").equalsIgnoreCase("WITHOUT ROWID"));
        }

        /** The column definition of this name, ignoring ASCII case, or {@code null}. */
        public ColumnDef column(String columnName) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst().orElse(null);
        }
    }

    /**
     * One column definition.
     *
     * @param name the column name (unquoted)
     * @param nameSql the name as written
     * @param typeSql the type as written, {@code ""} when the column has none
     * @param constraints the column constraints in order
     * @param sql the whole definition as written
     */
    public record ColumnDef(String name, String nameSql, String typeSql, List<Constraint> constraints, String sql) {

        public ColumnDef {
            constraints = List.copyOf(constraints);
        }

        /** The first constraint of this kind, or {@code null}. */
        public Constraint constraint(Kind kind) {
            return constraints.stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
        }
    }

    /** What a column or table constraint is. */
    public enum Kind {
        PRIMARY_KEY, NOT_NULL, NULL, UNIQUE, CHECK, DEFAULT, COLLATE, FOREIGN_KEY, GENERATED,
        /** {@code CONSTRAINT name} with nothing after it, which SQLite accepts and ignores. */
        NAME_ONLY
    }

    /**
     * A column constraint or a table constraint.
     *
     * @param kind what it is
     * @param name its name (unquoted), {@code null} when unnamed
     * @param sql its text as written, {@code CONSTRAINT name} included
     * @param columns for a table constraint (PRIMARY KEY, UNIQUE, FOREIGN KEY) the columns of this
     *     table it lists; empty for column constraints and CHECK
     * @param expression the CHECK or GENERATED expression without its parentheses, the DEFAULT
     *     value as written, or the COLLATE name; otherwise {@code null}
     * @param reference the referenced table of a foreign key, otherwise {@code null}
     * @param autoincrement whether a PRIMARY KEY says AUTOINCREMENT
     * @param descending whether a column PRIMARY KEY says DESC
     * @param stored whether a GENERATED column is STORED
     */
    public record Constraint(Kind kind, String name, String sql, List<String> columns, String expression,
            Reference reference, boolean autoincrement, boolean descending, boolean stored) {

        public Constraint {
            Objects.requireNonNull(kind, "kind");
            columns = List.copyOf(columns);
        }

        /** The names (ASCII lower case) of this table's columns the constraint depends on, besides its own column. */
        public Set<String> mentionedColumns(String ownTable) {
            Set<String> out = new LinkedHashSet<>();
            columns.forEach(c -> out.add(lower(c)));
            if (expression != null && (kind == Kind.CHECK || kind == Kind.GENERATED)) {
                out.addAll(referencedNames(expression));
            }
            if (reference != null && reference.table().equalsIgnoreCase(ownTable)) {
                reference.columns().forEach(c -> out.add(lower(c)));
            }
            return out;
        }
    }

    /**
     * The REFERENCES clause of a foreign key.
     *
     * @param table the referenced table
     * @param columns the referenced columns, empty when none are listed
     * @param onDelete the ON DELETE action in upper case, {@code null} when not stated
     * @param onUpdate the ON UPDATE action in upper case, {@code null} when not stated
     * @param deferrable whether it says DEFERRABLE (and not NOT DEFERRABLE)
     * @param initially {@code DEFERRED} or {@code IMMEDIATE} when stated, otherwise {@code null}
     */
    public record Reference(String table, List<String> columns, String onDelete, String onUpdate,
            boolean deferrable, String initially) {

        public Reference {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A parsed {@code CREATE INDEX} statement.
     *
     * @param name the index name
     * @param table the indexed table
     * @param unique whether it is {@code CREATE UNIQUE INDEX}
     * @param terms the indexed terms
     * @param where the partial-index condition without {@code WHERE}, {@code null} when none
     * @param sql the whole statement
     */
    public record CreateIndex(String name, String table, boolean unique, List<IndexTerm> terms, String where,
            String sql) {

        public CreateIndex {
            terms = List.copyOf(terms);
        }

        /** The names (ASCII lower case) the terms and the condition use. */
        public Set<String> referencedNames() {
            Set<String> out = new LinkedHashSet<>();
            for (IndexTerm term : terms) {
                out.addAll(SqliteDdl.referencedNames(term.expression()));
            }
            if (where != null) {
                out.addAll(SqliteDdl.referencedNames(where));
            }
            return out;
        }
    }

    /**
     * One term of an index.
     *
     * @param column the column name when the term is a plain column, otherwise {@code null}
     * @param expression the term without COLLATE and ASC/DESC, as written
     * @param collation the COLLATE name, {@code null} when none
     * @param descending whether it says DESC
     */
    public record IndexTerm(String column, String expression, String collation, boolean descending) {
    }
}
