package dev.migrate.autogenerate.bigmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A JOINED subclass with a named key column and a NOT NULL column of its own. */
@Entity
@PrimaryKeyJoinColumn(name = "asset_id")
public class Machine extends Asset {

    @Column(unique = true, length = 40)
    String serialNumber;

    Integer powerKw;

    @Column(nullable = false)
    Boolean mobile;
}
