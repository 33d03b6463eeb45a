-- migrate:revision oM
-- migrate:upgrade
SELECT 4;
