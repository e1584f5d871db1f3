-- Stories become events, grouped over the whole set of relevant articles rather than attached one by one.
-- An event's id is stable: when grouping merges two events the older id survives and the other row stays as
-- an alias (merged_into), so anything that names the old id (a channel's sent sentences) still finds it.
-- What an event is (kind, date, participants, representative article) is derived by grouping from its
-- articles and rewritten whenever grouping runs; only the id and its aliases are state of its own.
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    merged_into     INTEGER REFERENCES events (id),   -- set when this id was merged into an older event
    created_seq     INTEGER NOT NULL,
    updated_seq     INTEGER NOT NULL,                 -- the highest ingest sequence number among its articles
    created         TEXT    NOT NULL,
    kind            TEXT    NOT NULL DEFAULT '',      -- the topic's kind of contact ('' when none is named)
    event_date      TEXT    NOT NULL DEFAULT '',      -- yyyy-mm-dd: when it happened, not when it was published
    date_precision  TEXT    NOT NULL DEFAULT 'DAY',   -- DAY, WEEK or MONTH
    date_source     TEXT    NOT NULL DEFAULT '',      -- where the date came from, for people
    participants    TEXT    NOT NULL DEFAULT '',      -- side:entity-id, space-separated, most prominent first
    central_article INTEGER                           -- the member most like the others
);
INSERT INTO events (id, created_seq, updated_seq, created, event_date)
    SELECT id, created_seq, updated_seq, created, event_date FROM stories;

ALTER TABLE articles ADD COLUMN event_id INTEGER REFERENCES events (id);
ALTER TABLE articles ADD COLUMN placement TEXT NOT NULL DEFAULT '';   -- why the article is in its event
UPDATE articles SET event_id = story_id;

-- Where near-duplicate folding got to: articles ingested after it are still to be compared.
INSERT INTO meta (name, value)
    SELECT 'dedup_through_seq',
           coalesce((SELECT min(seq) - 1 FROM articles WHERE grouped = 0), (SELECT max(seq) FROM articles), 0);

DROP INDEX articles_story;
DROP INDEX articles_ungrouped;
ALTER TABLE articles DROP COLUMN story_id;
ALTER TABLE articles DROP COLUMN grouped;
DROP TABLE stories;
CREATE INDEX articles_event ON articles (event_id);

-- One type for an event id: INTEGER here too (it was TEXT).
CREATE TABLE sent_sentences_by_event (
    subscriber TEXT    NOT NULL,
    event_id   INTEGER NOT NULL,
    sentence   TEXT    NOT NULL,
    PRIMARY KEY (subscriber, event_id, sentence)
);
INSERT OR IGNORE INTO sent_sentences_by_event (subscriber, event_id, sentence)
    SELECT subscriber, CAST(story_id AS INTEGER), sentence FROM sent_sentences WHERE story_id GLOB '[0-9]*';
DROP TABLE sent_sentences;
ALTER TABLE sent_sentences_by_event RENAME TO sent_sentences;
