-- migrate:revision o1
-- migrate:upgrade
SELECT 1;
