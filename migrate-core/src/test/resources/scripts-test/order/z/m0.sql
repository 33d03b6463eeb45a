-- migrate:revision o0
-- migrate:upgrade
SELECT 0;
