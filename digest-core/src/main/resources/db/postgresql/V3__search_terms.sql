-- How many terms each indexed article has (title and body, as FTS5 counts its tokens): BM25's length normalisation
-- reads it, as FTS5's bm25 reads its own column sizes. Rows indexed before are counted from their positions.
ALTER TABLE article_search ADD COLUMN terms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE relevant_search ADD COLUMN terms INTEGER NOT NULL DEFAULT 0;
UPDATE article_search SET terms = (SELECT coalesce(sum(array_length(positions, 1)), 0) FROM unnest(doc));
UPDATE relevant_search SET terms = (SELECT coalesce(sum(array_length(positions, 1)), 0) FROM unnest(doc));
