-- migrate:revision bbbb00000002
-- migrate:revises aaaa00000001
-- migrate:message create book

-- migrate:upgrade
CREATE TABLE book (
    id INTEGER PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    author_id INTEGER NOT NULL REFERENCES author (id)
);

-- migrate:downgrade
DROP TABLE book;
