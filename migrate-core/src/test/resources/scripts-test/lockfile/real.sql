-- migrate:revision real
-- migrate:upgrade
SELECT 1;
