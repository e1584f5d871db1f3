-- A second full-text index over the on-topic articles only. Default searches (on topic) read it:
-- on a real folder fewer than one article in fifty is on topic, so a common word like 奥斯汀 ranks
-- hundreds of rows instead of tens of thousands. Same terms as article_search; rowid = articles.id.
-- Nothing is released with an older schema, so no existing database needs re-indexing here.
CREATE VIRTUAL TABLE relevant_search USING fts5 (
    title,
    body,
    tokenize = 'ascii',
    content = '',
    contentless_delete = 1,
    detail = full
);
