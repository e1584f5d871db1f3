-- Twin of db/migration/V11__subscription_chart.sql: a subscription may ask for the timeline picture after each
-- digest. Flags stay INTEGER 0/1 as in SQLite.
ALTER TABLE subscriptions ADD COLUMN chart INTEGER NOT NULL DEFAULT 0 CHECK (chart IN (0, 1));
