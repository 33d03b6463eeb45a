-- migrate:revision cccc00000000
-- migrate:message base

-- migrate:upgrade
CREATE TABLE base_t (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE base_t;
