-- migrate:revision pg1
-- migrate:upgrade
SELECT 1;
