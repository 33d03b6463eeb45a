package dev.migrate.script;

import java.util.List;
import java.util.Locale;

/** Renders a new, empty Java migration class annotated with {@code @Revision}. */
final class JavaMigrationRenderer {

    private JavaMigrationRenderer() {
    }

    static String render(NewScript script, String packageName, String className) {
        return render(script, packageName, className, ScriptBody.EMPTY);
    }

    static String render(NewScript script, String packageName, String className, ScriptBody body) {
        StringBuilder out = new StringBuilder();
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        java.util.TreeSet<String> imports = new java.util.TreeSet<>(body.imports());
        imports.add("dev.migrate.operations.Migration");
        imports.add("dev.migrate.operations.Operations");
        imports.add("dev.migrate.operations.Revision");
        for (String name : imports) {
            out.append("import ").append(name).append(";\n");
        }
        out.append('\n');
        out.append("@Revision(\n");
        out.append("        id = ").append(literal(script.id()));
        array(out, "revises", script.revises());
        out.append(",\n        message = ").append(literal(script.message()));
        out.append(",\n        created = ").append(literal(ScriptWriter.createdText(script.created())));
        array(out, "branchLabels", script.branchLabels());
        array(out, "dependsOn", script.dependsOn());
        out.append(")\n");
        out.append("public class ").append(className).append(" implements Migration {\n\n");
        out.append("    @Override\n");
        out.append("    public void upgrade(Operations op) {\n");
        lines(out, body.upgrade());
        out.append("    }\n\n");
        out.append("    @Override\n");
        out.append("    public void downgrade(Operations op) {\n");
        lines(out, body.downgrade());
        out.append("    }\n");
        out.append("}\n");
        return out.toString();
    }

    private static void lines(StringBuilder out, List<String> lines) {
        for (String line : lines) {
            out.append(line.isEmpty() ? "" : "        " + line).append('\n');
        }
    }

    private static void array(StringBuilder out, String name, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.append(",\n        ").append(name).append(" = {");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(literal(values.get(i)));
        }
        out.append('}');
    }

    /**
     * A Java string literal holding exactly {@code value}, in pure ASCII so the source file reads
     * the same in any encoding. Control characters use octal escapes: a {@code \}{@code u} escape
     * of a line break would be expanded before the string is read and break it. Other non-ASCII
     * characters use {@code \}{@code u} escapes, which are safe for them.
     */
    static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\%03o", (int) c));
                    } else if (c > 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
