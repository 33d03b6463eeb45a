-- migrate:revision c8f2d3e4f504
-- migrate:revises 1f0a2b3c4d02
-- migrate:message add customer email
-- migrate:created 2026-11-22T07:43:00Z
-- migrate:branch-labels contact

-- migrate:upgrade
ALTER TABLE customer ADD COLUMN email VARCHAR(255);

-- migrate:downgrade
ALTER TABLE customer DROP COLUMN email;
