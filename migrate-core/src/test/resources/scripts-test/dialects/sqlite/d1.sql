-- migrate:revision lite1
-- migrate:upgrade
SELECT 1;
