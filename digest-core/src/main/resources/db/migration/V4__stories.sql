-- Near-duplicates folded into one article with several sources, and relevant articles grouped
-- into stories: one story per event, across outlets and languages.
ALTER TABLE articles ADD COLUMN simhash INTEGER;                -- 64-bit SimHash of the body; NULL when too short to say
ALTER TABLE articles ADD COLUMN canonical_id INTEGER;           -- the article this one repeats (NULL: it is its own)
ALTER TABLE articles ADD COLUMN story_id INTEGER;               -- the story it belongs to (relevant articles only)
ALTER TABLE articles ADD COLUMN grouped INTEGER NOT NULL DEFAULT 0;  -- 1 once near-duplicates and stories were looked for
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_ungrouped ON articles (grouped, seq);

CREATE TABLE stories (
    id          INTEGER PRIMARY KEY,   -- stable while more articles join
    headline    TEXT    NOT NULL,      -- the title of the article that opened the story
    event_date  TEXT    NOT NULL,      -- yyyy-mm-dd, in the first article's own offset
    actors      TEXT    NOT NULL,      -- the people it is about: entity ids, space-separated
    created_seq INTEGER NOT NULL,
    updated_seq INTEGER NOT NULL,      -- the highest ingest sequence number among its articles
    created     TEXT    NOT NULL
);
