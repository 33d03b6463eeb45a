-- migrate:revision b053a50acd28
-- migrate:revises 65dbc29fae7c, e155763ee6c9
-- migrate:message merge orders and audit log
-- migrate:created 2026-11-22T06:54:36Z

-- migrate:upgrade
-- write the upgrade statements here, each ending with ;

-- migrate:downgrade
-- write the statements that undo the upgrade here
