-- migrate:revision cccc00000001
-- migrate:revises cccc00000000
-- migrate:message left

-- migrate:upgrade
CREATE TABLE left_t (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE left_t;
