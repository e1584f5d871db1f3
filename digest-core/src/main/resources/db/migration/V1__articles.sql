-- Articles, their language sections and the files that hold them.
-- An article is identified by the SHA-256 of its file's bytes; files map paths to articles.

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT    NOT NULL UNIQUE,
    seq          INTEGER NOT NULL UNIQUE,        -- ingest sequence number: set on add and on update, only grows
    format       TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    url          TEXT    NOT NULL DEFAULT '',
    outlet       TEXT    NOT NULL DEFAULT '',
    author       TEXT    NOT NULL DEFAULT '',
    description  TEXT    NOT NULL DEFAULT '',
    published    TEXT,                            -- ISO-8601 with offset; NULL when the file holds no date
    date_source  TEXT    NOT NULL DEFAULT '',
    sort_time    INTEGER NOT NULL,                -- epoch millis: published, else the file's mtime (ordering only)
    languages    TEXT    NOT NULL,                -- e.g. 'zh' or 'zh,en'
    first_seen   TEXT    NOT NULL,
    last_seen    TEXT    NOT NULL,
    removed_at   TEXT                             -- set when no file holds the article any more; kept for history
);
CREATE INDEX articles_sort ON articles (sort_time DESC, id DESC);

CREATE TABLE article_sections (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    language   TEXT    NOT NULL,
    title      TEXT    NOT NULL,
    body       TEXT    NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

CREATE TABLE article_files (
    path         TEXT    PRIMARY KEY,             -- relative to the articles folder, '/'-separated
    article_id   INTEGER NOT NULL REFERENCES articles (id),
    size         INTEGER NOT NULL,
    mtime        INTEGER NOT NULL,                -- epoch millis
    content_hash TEXT    NOT NULL,
    duplicate    INTEGER NOT NULL DEFAULT 0,      -- 1: a byte-identical copy of a file that came first
    first_seen   TEXT    NOT NULL,
    last_seen    TEXT    NOT NULL
);
CREATE INDEX article_files_article ON article_files (article_id);

-- Files that could not become articles, remembered so an unchanged one is not read again.
CREATE TABLE rejected_files (
    path   TEXT    PRIMARY KEY,
    size   INTEGER NOT NULL,
    mtime  INTEGER NOT NULL,
    reason TEXT    NOT NULL,
    seen   TEXT    NOT NULL
);

CREATE TABLE counters (
    name  TEXT    PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO counters (name, value) VALUES ('ingest_seq', 0);
