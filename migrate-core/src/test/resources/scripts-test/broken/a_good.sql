-- migrate:revision good
-- migrate:upgrade
SELECT 1;
