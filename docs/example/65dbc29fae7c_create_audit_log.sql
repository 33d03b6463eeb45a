-- migrate:revision 65dbc29fae7c
-- migrate:revises 9d41c11cc85e
-- migrate:message create audit log
-- migrate:created 2026-11-22T06:54:34Z

-- migrate:upgrade
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES account (id),
    action VARCHAR(50) NOT NULL
);
CREATE INDEX ix_audit_log_account ON audit_log (account_id);

-- migrate:downgrade
DROP INDEX ix_audit_log_account;
DROP TABLE audit_log;
