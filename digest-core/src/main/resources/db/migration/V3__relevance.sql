-- How each article stands against the topic: a score, a decision and the reasons people see.
ALTER TABLE articles ADD COLUMN relevant INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN relevance_score REAL NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN relevance_reasons TEXT NOT NULL DEFAULT '';   -- one reason per line
ALTER TABLE articles ADD COLUMN entities TEXT NOT NULL DEFAULT '';            -- entity ids, most mentioned first, space-separated
ALTER TABLE articles ADD COLUMN topic_version TEXT NOT NULL DEFAULT '';       -- the topic file (hash) that scored it
CREATE INDEX articles_relevant ON articles (relevant, sort_time DESC);

CREATE TABLE meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
