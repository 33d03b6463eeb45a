-- migrate:revision d9a3e4f5a605
-- migrate:revises b7e1c2d3e403 c8f2d3e4f504
-- migrate:message merge orders and contact, seed products
-- migrate:created 2026-11-22T07:44:00Z

-- migrate:upgrade
INSERT INTO product (name, price) VALUES ('Keyboard', 49.90);
INSERT INTO product (name, price) VALUES ('Mouse', 19.50);
INSERT INTO product (name, price) VALUES ('Monitor', 189.00);

-- migrate:downgrade
DELETE FROM product WHERE name IN ('Keyboard', 'Mouse', 'Monitor');
