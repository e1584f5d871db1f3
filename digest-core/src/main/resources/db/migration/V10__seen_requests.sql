-- Requests a chat platform may deliver twice (Slack retries, or a replay): their keys, kept a few minutes, so that a
-- request is answered once even across a restart.
CREATE TABLE seen_requests (
    request_key TEXT PRIMARY KEY,
    seen_at     INTEGER NOT NULL -- epoch milliseconds
);
CREATE INDEX seen_requests_by_time ON seen_requests (seen_at);
