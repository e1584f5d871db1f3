-- A subscription may ask for the timeline picture after each digest (chart: true in the configuration, or
-- /subscribe … chart in a chat). PostgreSQL twin: db/postgresql/V2__subscription_chart.sql.
ALTER TABLE subscriptions ADD COLUMN chart INTEGER NOT NULL DEFAULT 0 CHECK (chart IN (0, 1));
