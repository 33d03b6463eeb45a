-- migrate:revision cccc00000002
-- migrate:revises cccc00000000
-- migrate:message right

-- migrate:upgrade
CREATE TABLE right_t (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE right_t;
