package dev.migrate.autogenerate.bigmodel;

/** Stored by name ({@code EnumType.STRING}). */
public enum WorkStatus {
    OPEN, ACTIVE, DONE, CANCELLED
}
