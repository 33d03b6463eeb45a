-- migrate:revision bad
-- migrate:revison good
-- migrate:upgrade
SELECT 1;
