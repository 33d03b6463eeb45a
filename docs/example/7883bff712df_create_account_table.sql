-- migrate:revision 7883bff712df
-- migrate:message create account table
-- migrate:created 2026-11-22T06:54:32Z

-- migrate:upgrade
CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    name VARCHAR(50) NOT NULL
);

-- migrate:downgrade
DROP TABLE account;
