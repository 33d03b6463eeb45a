-- migrate:revision o3
-- migrate:upgrade
SELECT 3;
