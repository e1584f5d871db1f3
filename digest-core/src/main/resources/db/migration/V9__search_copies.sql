-- Search shows one result per article with its near-copies listed: it looks up the copies that point at a hit's
-- original (canonical_id), for every page of results.
CREATE INDEX articles_canonical ON articles (canonical_id);
