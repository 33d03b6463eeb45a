package dev.migrate.autogenerate.bigmodel;

/** Stored by ordinal ({@code EnumType.ORDINAL}). */
public enum Priority {
    LOW, MEDIUM, HIGH, CRITICAL
}
