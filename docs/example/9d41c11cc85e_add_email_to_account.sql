-- migrate:revision 9d41c11cc85e
-- migrate:revises 7883bff712df
-- migrate:message add email to account
-- migrate:created 2026-11-22T06:54:32Z

-- migrate:upgrade
ALTER TABLE account ADD COLUMN email VARCHAR(255);

-- migrate:downgrade
ALTER TABLE account DROP COLUMN email;
