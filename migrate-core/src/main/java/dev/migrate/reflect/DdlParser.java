package dev.migrate.reflect;

import dev.migrate.reflect.SqliteDdl.ColumnDef;
import dev.migrate.reflect.SqliteDdl.Constraint;
import dev.migrate.reflect.SqliteDdl.CreateIndex;
import dev.migrate.reflect.SqliteDdl.CreateTable;
import dev.migrate.reflect.SqliteDdl.IndexTerm;
import dev.migrate.reflect.SqliteDdl.Kind;
import dev.migrate.reflect.SqliteDdl.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A recursive-descent parser for SQLite's {@code CREATE TABLE} and {@code CREATE INDEX} grammar
 * (https://www.sqlite.org/lang_createtable.html). Expressions are not parsed, only skipped with
 * their parentheses balanced; every part keeps its source span.
 */
final class DdlParser {

    private static final Set<String> COLUMN_CONSTRAINT_STARTS = Set.of(
            "CONSTRAINT", "PRIMARY", "NOT", "NULL", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "REFERENCES",
            "GENERATED", "AS");

    private static final Set<String> TABLE_CONSTRAINT_STARTS = Set.of(
            "CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN");

    private final String sql;
    private final List<Token> tokens;
    private int pos;

    DdlParser(String sql) {
        this.sql = sql;
        this.tokens = SqlTokenizer.tokenize(sql);
    }

    // ---- CREATE TABLE --------------------------------------------------------------------

    CreateTable createTable() {
        expect("CREATE");
        if (!accept("TEMP")) {
            accept("TEMPORARY");
        }
        if (peekIs("VIRTUAL")) {
            throw error("a virtual table (CREATE VIRTUAL TABLE) has no column definitions to parse");
        }
        expect("TABLE");
        ifNotExists();
        String name = qualifiedName();
        if (peekIs("AS")) {
            throw error("CREATE TABLE ... AS SELECT has no column definitions");
        }
        expectPunct("(");
        List<ColumnDef> columns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        while (true) {
            if (atTableConstraint()) {
                constraints.add(tableConstraint());
            } else if (!constraints.isEmpty()) {
                throw error("a column definition after the table constraints");
            } else {
                columns.add(columnDef());
            }
            if (acceptPunct(",")) {
                continue;
            }
            if (acceptPunct(")")) {
                break;
            }
            if (!constraints.isEmpty() && atTableConstraint()) {
                continue; // SQLite allows table constraints without commas between them
            }
            throw error("',' or ')'");
        }
        if (columns.isEmpty()) {
            throw error("at least one column");
        }
        return new CreateTable(name, columns, constraints, options(), sql);
    }

    private List<String> options() {
        List<String> options = new ArrayList<>();
        int start = -1;
        int end = -1;
        while (pos < tokens.size() && !peekPunct(";")) {
            Token token = tokens.get(pos++);
            if (token.isPunct(",")) {
                options.add(sql.substring(start, end));
                start = -1;
                continue;
            }
            if (start < 0) {
                start = token.start();
            }
            end = token.end();
        }
        if (start >= 0) {
            options.add(sql.substring(start, end));
        }
        return options;
    }

    private ColumnDef columnDef() {
        Token nameToken = nameToken("a column name");
        int typeStart = -1;
        int typeEnd = -1;
        while (!atColumnEnd() && !atColumnConstraint()) {
            Token token = next();
            if (typeStart < 0) {
                typeStart = token.start();
            }
            if (token.isPunct("(")) {
                pos = skipBalanced(pos - 1);
            }
            typeEnd = tokens.get(pos - 1).end();
        }
        String type = typeStart < 0 ? "" : sql.substring(typeStart, typeEnd);
        List<Constraint> constraints = new ArrayList<>();
        while (!atColumnEnd()) {
            constraints.add(columnConstraint());
        }
        return new ColumnDef(nameToken.name(), nameToken.text(), type, constraints,
                sql.substring(nameToken.start(), tokens.get(pos - 1).end()));
    }

    private Constraint columnConstraint() {
        int start = peek().start();
        String name = null;
        if (accept("CONSTRAINT")) {
            name = nameToken("a constraint name").name();
            if (atColumnEnd() || peekIs("CONSTRAINT")) {
                return new Constraint(Kind.NAME_ONLY, name, span(start), List.of(), null, null, false, false, false);
            }
        }
        Token word = next();
        String keyword = word.type() == Token.Type.WORD ? word.text().toUpperCase(Locale.ROOT) : "";
        switch (keyword) {
            case "PRIMARY": {
                expect("KEY");
                boolean descending = accept("DESC");
                if (!descending) {
                    accept("ASC");
                }
                conflictClause();
                boolean autoincrement = accept("AUTOINCREMENT");
                return new Constraint(Kind.PRIMARY_KEY, name, span(start), List.of(), null, null, autoincrement,
                        descending, false);
            }
            case "NOT":
                expect("NULL");
                conflictClause();
                return simple(Kind.NOT_NULL, name, start);
            case "NULL":
                conflictClause();
                return simple(Kind.NULL, name, start);
            case "UNIQUE":
                conflictClause();
                return simple(Kind.UNIQUE, name, start);
            case "CHECK": {
                String expression = parenthesised();
                return new Constraint(Kind.CHECK, name, span(start), List.of(), expression, null, false, false, false);
            }
            case "DEFAULT": {
                String value = defaultValue();
                return new Constraint(Kind.DEFAULT, name, span(start), List.of(), value, null, false, false, false);
            }
            case "COLLATE": {
                String collation = nameToken("a collation name").name();
                return new Constraint(Kind.COLLATE, name, span(start), List.of(), collation, null, false, false, false);
            }
            case "REFERENCES": {
                Reference reference = referenceAfterKeyword();
                return new Constraint(Kind.FOREIGN_KEY, name, span(start), List.of(), null, reference, false, false,
                        false);
            }
            case "GENERATED":
                expect("ALWAYS");
                expect("AS");
                return generated(name, start);
            case "AS":
                return generated(name, start);
            default:
                pos--;
                throw error("a column constraint");
        }
    }

    private Constraint generated(String name, int start) {
        String expression = parenthesised();
        boolean stored = accept("STORED");
        if (!stored) {
            accept("VIRTUAL");
        }
        return new Constraint(Kind.GENERATED, name, span(start), List.of(), expression, null, false, false, stored);
    }

    private String defaultValue() {
        Token token = next();
        if (token.isPunct("(")) {
            pos = skipBalanced(pos - 1);
            return sql.substring(token.start(), tokens.get(pos - 1).end());
        }
        if ((token.isPunct("-") || token.isPunct("+")) && pos < tokens.size()) {
            Token number = next();
            return sql.substring(token.start(), number.end());
        }
        if (token.type() == Token.Type.PUNCT) {
            pos--;
            throw error("a default value");
        }
        return token.text();
    }

    private Constraint tableConstraint() {
        int start = peek().start();
        String name = null;
        if (accept("CONSTRAINT")) {
            name = nameToken("a constraint name").name();
        }
        if (accept("PRIMARY")) {
            expect("KEY");
            boolean[] autoincrement = new boolean[1];
            List<String> columns = keyColumns(autoincrement);
            conflictClause();
            return new Constraint(Kind.PRIMARY_KEY, name, span(start), columns, null, null, autoincrement[0], false,
                    false);
        }
        if (accept("UNIQUE")) {
            List<String> columns = keyColumns(new boolean[1]);
            conflictClause();
            return new Constraint(Kind.UNIQUE, name, span(start), columns, null, null, false, false, false);
        }
        if (accept("CHECK")) {
            String expression = parenthesised();
            conflictClause();
            return new Constraint(Kind.CHECK, name, span(start), List.of(), expression, null, false, false, false);
        }
        if (accept("FOREIGN")) {
            expect("KEY");
            List<String> columns = nameList();
            expect("REFERENCES");
            Reference reference = referenceAfterKeyword();
            return new Constraint(Kind.FOREIGN_KEY, name, span(start), columns, null, reference, false, false, false);
        }
        throw error("PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY");
    }

    /** {@code ( indexed-column, ... )} of a PRIMARY KEY or UNIQUE table constraint. */
    private List<String> keyColumns(boolean[] autoincrement) {
        int open = pos;
        expectPunct("(");
        int close = matchingClose(tokens, open);
        List<String> columns = new ArrayList<>();
        for (int[] term : splitTerms(open + 1, close)) {
            Token first = tokens.get(term[0]);
            if (!first.isName()) {
                throw errorAt(first, "a column name");
            }
            columns.add(first.name());
            for (int i = term[0] + 1; i < term[1]; i++) {
                if (tokens.get(i).is("AUTOINCREMENT")) {
                    autoincrement[0] = true;
                }
            }
        }
        pos = close + 1;
        return columns;
    }

    private Reference referenceAfterKeyword() {
        String table = nameToken("a table name").name();
        List<String> columns = peekPunct("(") ? nameList() : List.of();
        String onDelete = null;
        String onUpdate = null;
        boolean deferrable = false;
        String initially = null;
        while (pos < tokens.size()) {
            if (peekIs("ON") && pos + 1 < tokens.size() && !tokens.get(pos + 1).is("CONFLICT")) {
                pos++;
                Token which = next();
                String action = referentialAction();
                if (which.is("DELETE")) {
                    onDelete = action;
                } else if (which.is("UPDATE")) {
                    onUpdate = action;
                } else {
                    pos -= 2;
                    throw error("DELETE or UPDATE");
                }
            } else if (accept("MATCH")) {
                nameToken("a MATCH name");
            } else if (peekIs("NOT") && pos + 1 < tokens.size() && tokens.get(pos + 1).is("DEFERRABLE")) {
                pos += 2;
                deferrable = false;
                initially = initially();
            } else if (accept("DEFERRABLE")) {
                deferrable = true;
                initially = initially();
            } else {
                break;
            }
        }
        return new Reference(table, columns, onDelete, onUpdate, deferrable, initially);
    }

    private String initially() {
        if (!accept("INITIALLY")) {
            return null;
        }
        Token token = next();
        if (!token.is("DEFERRED") && !token.is("IMMEDIATE")) {
            pos--;
            throw error("DEFERRED or IMMEDIATE");
        }
        return token.text().toUpperCase(Locale.ROOT);
    }

    private String referentialAction() {
        if (accept("SET")) {
            if (accept("NULL")) {
                return "SET NULL";
            }
            expect("DEFAULT");
            return "SET DEFAULT";
        }
        if (accept("CASCADE")) {
            return "CASCADE";
        }
        if (accept("RESTRICT")) {
            return "RESTRICT";
        }
        expect("NO");
        expect("ACTION");
        return "NO ACTION";
    }

    private void conflictClause() {
        if (peekIs("ON") && pos + 1 < tokens.size() && tokens.get(pos + 1).is("CONFLICT")) {
            pos += 2;
            next();
        }
    }

    // ---- any CREATE ---------------------------------------------------------------------

    SqliteDdl.SchemaObject schemaObject() {
        expect("CREATE");
        while (accept("TEMP") || accept("TEMPORARY") || accept("UNIQUE") || accept("VIRTUAL")) {
            // modifiers
        }
        Token type = next();
        String kind = type.text().toUpperCase(Locale.ROOT);
        if (type.type() != Token.Type.WORD || !Set.of("TABLE", "INDEX", "TRIGGER", "VIEW").contains(kind)) {
            pos--;
            throw error("TABLE, INDEX, TRIGGER or VIEW");
        }
        ifNotExists();
        return new SqliteDdl.SchemaObject(kind, qualifiedName());
    }

    // ---- CREATE INDEX --------------------------------------------------------------------

    CreateIndex createIndex() {
        expect("CREATE");
        boolean unique = accept("UNIQUE");
        expect("INDEX");
        ifNotExists();
        String name = qualifiedName();
        expect("ON");
        String table = nameToken("a table name").name();
        int open = pos;
        expectPunct("(");
        int close = matchingClose(tokens, open);
        List<IndexTerm> terms = new ArrayList<>();
        for (int[] term : splitTerms(open + 1, close)) {
            terms.add(indexTerm(term[0], term[1]));
        }
        pos = close + 1;
        String where = null;
        if (accept("WHERE")) {
            int start = peek().start();
            int end = start;
            while (pos < tokens.size() && !peekPunct(";")) {
                end = next().end();
            }
            where = sql.substring(start, end);
        }
        return new CreateIndex(name, table, unique, terms, where, sql);
    }

    private IndexTerm indexTerm(int from, int to) {
        int end = to;
        boolean descending = false;
        if (end - from > 1 && (tokens.get(end - 1).is("DESC") || tokens.get(end - 1).is("ASC"))) {
            descending = tokens.get(end - 1).is("DESC");
            end--;
        }
        String collation = null;
        if (end - from > 2 && tokens.get(end - 2).is("COLLATE") && tokens.get(end - 1).isName()) {
            collation = tokens.get(end - 1).name();
            end -= 2;
        }
        String expression = sql.substring(tokens.get(from).start(), tokens.get(end - 1).end());
        Token first = tokens.get(from);
        boolean plain = end - from == 1 && (first.type() == Token.Type.WORD || first.type() == Token.Type.QUOTED);
        return new IndexTerm(plain ? first.name() : null, expression, collation, descending);
    }

    // ---- helpers ------------------------------------------------------------------------

    private void ifNotExists() {
        if (accept("IF")) {
            expect("NOT");
            expect("EXISTS");
        }
    }

    private String qualifiedName() {
        String name = nameToken("a name").name();
        if (acceptPunct(".")) {
            name = nameToken("a name").name();
        }
        return name;
    }

    /** {@code ( name, ... )}. */
    private List<String> nameList() {
        expectPunct("(");
        List<String> names = new ArrayList<>();
        do {
            names.add(nameToken("a column name").name());
        } while (acceptPunct(","));
        expectPunct(")");
        return names;
    }

    /** {@code ( ... )}: returns the text between the parentheses. */
    private String parenthesised() {
        int open = pos;
        expectPunct("(");
        int close = matchingClose(tokens, open);
        pos = close + 1;
        return sql.substring(tokens.get(open).end(), tokens.get(close).start()).strip();
    }

    /** Token ranges {@code [from, to)} of the comma-separated terms between two token indexes. */
    private List<int[]> splitTerms(int from, int to) {
        List<int[]> terms = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            Token token = tokens.get(i);
            if (token.isPunct("(")) {
                i = matchingClose(tokens, i) + 1;
                continue;
            }
            if (token.isPunct(",")) {
                if (i == start) {
                    throw errorAt(token, "a term");
                }
                terms.add(new int[] {start, i});
                start = i + 1;
            }
            i++;
        }
        if (start >= to) {
            throw errorAt(tokens.get(Math.min(to, tokens.size() - 1)), "a term");
        }
        terms.add(new int[] {start, to});
        return terms;
    }

    /** The index of the {@code )} closing the {@code (} at {@code open}. */
    static int matchingClose(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isPunct("(")) {
                depth++;
            } else if (token.isPunct(")")) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("Unbalanced parenthesis at offset " + tokens.get(open).start());
    }

    private int skipBalanced(int open) {
        return matchingClose(tokens, open) + 1;
    }

    private boolean atColumnEnd() {
        return pos >= tokens.size() || peekPunct(",") || peekPunct(")");
    }

    private boolean atColumnConstraint() {
        Token token = peek();
        return token != null && token.type() == Token.Type.WORD
                && COLUMN_CONSTRAINT_STARTS.contains(token.text().toUpperCase(Locale.ROOT));
    }

    private boolean atTableConstraint() {
        Token token = peek();
        return token != null && token.type() == Token.Type.WORD
                && TABLE_CONSTRAINT_STARTS.contains(token.text().toUpperCase(Locale.ROOT));
    }

    private Constraint simple(Kind kind, String name, int start) {
        return new Constraint(kind, name, span(start), List.of(), null, null, false, false, false);
    }

    private String span(int start) {
        return sql.substring(start, tokens.get(pos - 1).end());
    }

    private Token nameToken(String what) {
        Token token = peek();
        if (token == null || !token.isName()) {
            throw error(what);
        }
        pos++;
        return token;
    }

    private Token peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private boolean peekIs(String keyword) {
        Token token = peek();
        return token != null && token.is(keyword);
    }

    private boolean peekPunct(String symbol) {
        Token token = peek();
        return token != null && token.isPunct(symbol);
    }

    private Token next() {
        if (pos >= tokens.size()) {
            throw error("more text");
        }
        return tokens.get(pos++);
    }

    private boolean accept(String keyword) {
        if (peekIs(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean acceptPunct(String symbol) {
        if (peekPunct(symbol)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String keyword) {
        if (!accept(keyword)) {
            throw error(keyword);
        }
    }

    private void expectPunct(String symbol) {
        if (!acceptPunct(symbol)) {
            throw error("'" + symbol + "'");
        }
    }

    private IllegalArgumentException error(String expected) {
        return errorAt(peek(), expected);
    }

    private IllegalArgumentException errorAt(Token token, String expected) {
        String where = token == null ? "at the end" : "at offset " + token.start() + " (near '" + token.text() + "')";
        return new IllegalArgumentException("Cannot parse SQLite DDL: expected " + expected + " " + where + " in: "
                + sql);
    }
}
