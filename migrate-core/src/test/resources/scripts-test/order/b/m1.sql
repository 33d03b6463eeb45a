-- migrate:revision o2
-- migrate:upgrade
SELECT 2;
