-- migrate:revision aaaa00000001
-- migrate:message create author

-- migrate:upgrade
CREATE TABLE author (
    id INTEGER PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

-- migrate:downgrade
DROP TABLE author;
