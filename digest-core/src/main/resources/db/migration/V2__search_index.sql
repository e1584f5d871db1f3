-- Full-text index over analyzer-made tokens (newsbot.core.search.TextAnalyzer): CJK bigrams,
-- isolated Han characters, lowercased and Porter-stemmed English words, numbers, all joined by spaces.
-- The 'ascii' tokenizer splits only on ASCII spaces and punctuation, so every bigram (董军) stays one token.
-- Contentless: the original text lives in articles / article_sections; rowid = articles.id.
-- detail=full keeps positions, which phrase queries (consecutive bigrams) need.
CREATE VIRTUAL TABLE article_search USING fts5 (
    title,
    body,
    tokenize = 'ascii',
    content = '',
    contentless_delete = 1,
    detail = full
);

