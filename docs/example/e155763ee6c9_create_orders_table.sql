-- migrate:revision e155763ee6c9
-- migrate:revises 9d41c11cc85e
-- migrate:message create orders table
-- migrate:created 2026-11-22T06:54:33Z

-- migrate:upgrade
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account (id),
    total DECIMAL(10, 2) NOT NULL
);

-- migrate:downgrade
DROP TABLE orders;
