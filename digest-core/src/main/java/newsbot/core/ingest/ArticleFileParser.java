package newsbot.core.ingest;

import newsbot.core.parse.ParsedArticle;
import newsbot.core.parse.UnparseableFileException;

/** Parses one file's bytes; the ingester calls it from several threads at once. */
@FunctionalInterface
public interface ArticleFileParser {
    ParsedArticle parse(String relativePath, byte[] bytes) throws UnparseableFileException;
}
