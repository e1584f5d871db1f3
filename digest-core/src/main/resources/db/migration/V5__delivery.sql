-- Scheduled digests and their delivery: subscriptions, watermarks, the outbox, and what each
-- subscriber has already been sent (so a grown story shows only what is new).
-- Names are platform-neutral: a subscriber is a key such as 'telegram:-1001234' chosen by the bot.
-- Times the code compares are epoch milliseconds (INTEGER); the others are ISO-8601 text.

CREATE TABLE subscriptions (
    subscriber    TEXT    PRIMARY KEY,
    platform      TEXT    NOT NULL,
    chat          TEXT    NOT NULL,
    cron          TEXT    NOT NULL,
    zone          TEXT    NOT NULL,
    language      TEXT    NOT NULL,
    when_empty    TEXT    NOT NULL CHECK (when_empty IN ('silent', 'notice')),
    topic         TEXT,
    origin        TEXT    NOT NULL CHECK (origin IN ('config', 'chat')),
    created       TEXT    NOT NULL,
    paused_reason TEXT,                            -- set when the chat failed permanently (403, not found)
    paused_at     TEXT,
    last_fire     INTEGER NOT NULL                 -- epoch ms: the schedule time of the last digest composed
                                                   -- (the creation time until the first one)
);

-- The highest ingest sequence number already considered for a digest for each subscriber.
CREATE TABLE watermarks (
    subscriber TEXT    PRIMARY KEY,
    seq        INTEGER NOT NULL,
    since      INTEGER NOT NULL                    -- epoch ms: the fire time of the digest that advanced it
);

CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    subscriber   TEXT    NOT NULL,
    platform     TEXT    NOT NULL,
    chat         TEXT    NOT NULL,
    fire_time    INTEGER NOT NULL,                 -- epoch ms: the schedule time it answers: one digest per fire
    created      TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    next_part    INTEGER NOT NULL DEFAULT 0,       -- parts before this one were sent
    part_count   INTEGER NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_attempt INTEGER NOT NULL DEFAULT 0,       -- epoch ms: not before
    last_error   TEXT,
    UNIQUE (subscriber, fire_time)
);
CREATE INDEX outbox_pending ON outbox (status, id);

CREATE TABLE outbox_parts (
    outbox_id INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    body      TEXT    NOT NULL,                    -- the platform payload, rendered when the digest was composed
    sent_at   TEXT,
    PRIMARY KEY (outbox_id, ordinal)
);

CREATE TABLE sent_sentences (
    subscriber TEXT NOT NULL,
    story_id   TEXT NOT NULL,
    sentence   TEXT NOT NULL,
    PRIMARY KEY (subscriber, story_id, sentence)
);
