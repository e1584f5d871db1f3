package newsbot.core.parse;

/**
 * Turns the bytes of one article file into a {@link ParsedArticle}: detects the encoding and
 * the format, then extracts the fields. Stateless and thread-safe.
 */
public final class ArticleParser {

    /**
     * @param relativePath the path inside the articles folder, '/'-separated; dates and outlets may be read from it
     * @param bytes        the whole file
     * @throws UnparseableFileException with a reason a person understands (empty, binary, no text, ...)
     */
    public ParsedArticle parse(String relativePath, byte[] bytes) throws UnparseableFileException {
        throw new UnparseableFileException("parser not implemented yet");
    }
}
