-- createTable account
CREATE TABLE account (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name VARCHAR(50) NOT NULL,
    active BOOLEAN DEFAULT TRUE NOT NULL,
    balance NUMERIC(12, 2) DEFAULT 0,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT uq_account_name UNIQUE (name),
    CONSTRAINT ck_balance CHECK (balance >= 0)
);

-- createTable typed
CREATE TABLE typed (
    i INTEGER,
    s SMALLINT,
    t TEXT,
    r REAL,
    f DOUBLE PRECISION,
    d DATE,
    tm TIME,
    ts TIMESTAMP,
    b BLOB,
    u VARCHAR(36),
    j TEXT,
    x CHAR(2),
    CONSTRAINT pk_typed PRIMARY KEY (i, s)
);

-- createTable line
CREATE TABLE line (
    id INTEGER NOT NULL,
    account_id BIGINT,
    PRIMARY KEY (id),
    CONSTRAINT fk_line_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE ON UPDATE NO ACTION
);

-- dropTable old stuff
DROP TABLE "old stuff";

-- renameTable line to Order
ALTER TABLE line RENAME TO "Order";

-- addColumn account.email
ALTER TABLE account ADD COLUMN email VARCHAR(100);

-- dropColumn account.email
ALTER TABLE account DROP COLUMN email;

-- alterColumn account.name (nullability, rename)
ALTER TABLE account ALTER COLUMN name DROP NOT NULL;
ALTER TABLE account RENAME COLUMN name TO "full name";

-- alterColumn account.balance (type, nullability, server default, comment)
-- error: SQLite 3.53.4 cannot alterColumn account.balance (type, nullability, server default, comment) with ALTER TABLE; it needs a table rebuild (batchAlterTable)

-- createIndex ix_account_name on account
CREATE UNIQUE INDEX ix_account_name ON account (name);

-- createIndex ix_account_created on account
CREATE INDEX ix_account_created ON account (created DESC, name);

-- createIndex ix_account_lower on account
CREATE INDEX ix_account_lower ON account ((lower(name)));

-- createIndex ix_account_active on account
CREATE INDEX ix_account_active ON account (name) WHERE active;

-- dropIndex ix_account_name
DROP INDEX ix_account_name;

-- add unique constraint uq_email on account
-- error: SQLite 3.53.4 cannot add unique constraint uq_email on account with ALTER TABLE; it needs a table rebuild (batchAlterTable)

-- add check constraint ck_positive on account
ALTER TABLE account ADD CONSTRAINT ck_positive CHECK (balance > 0);

-- add primary key constraint pk_account on account
-- error: SQLite 3.53.4 cannot add primary key constraint pk_account on account with ALTER TABLE; it needs a table rebuild (batchAlterTable)

-- add foreign key constraint fk_line on line
-- error: SQLite 3.53.4 cannot add foreign key constraint fk_line on line with ALTER TABLE; it needs a table rebuild (batchAlterTable)

-- dropConstraint fk_line on line (foreign_key)
-- error: SQLite 3.53.4 cannot dropConstraint fk_line on line (foreign_key) with ALTER TABLE; it needs a table rebuild (batchAlterTable)

-- dropConstraint uq_email on account (unique)
-- error: SQLite 3.53.4 cannot dropConstraint uq_email on account (unique) with ALTER TABLE; it needs a table rebuild (batchAlterTable)

-- dropConstraint ck_positive on account (check)
ALTER TABLE account DROP CONSTRAINT ck_positive;

-- dropConstraint pk_account on account (primary_key)
-- error: SQLite 3.53.4 cannot dropConstraint pk_account on account (primary_key) with ALTER TABLE; it needs a table rebuild (batchAlterTable)

-- createSequence order_seq
-- error: SQLite has no sequences; sequence order_seq cannot be created. Hibernate keeps a @SequenceGenerator in a table on SQLite: map the generator for this database, or keep a separate revision chain per dialect ({dialect} in the location)

-- dropSequence order_seq
-- error: SQLite has no sequences; sequence order_seq cannot be dropped

-- execute
UPDATE account SET active = TRUE;

-- bulkInsert account (1 row)
INSERT INTO account (id, name) VALUES (1, 'O''Brien \ Co');
