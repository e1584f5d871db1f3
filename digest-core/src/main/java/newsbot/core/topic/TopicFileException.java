package newsbot.core.topic;

/**
 * A topic file that cannot be used. The message names the file, the line and the key,
 * e.g. {@code us-china-military.yml line 42: rules[3].weight: expected a number, got "high"}.
 */
public final class TopicFileException extends Exception {
    private final int line;
    private final String key;

    TopicFileException(String fileName, int line, String key, String problem) {
        super(fileName + (line > 0 ? " line " + line : "") + ": " + (key.isEmpty() ? "" : key + ": ") + problem);
        this.line = line;
        this.key = key;
    }

    /** 1-based line the problem is on, 0 when unknown (e.g. the file cannot be read). */
    public int line() {
        return line;
    }

    /** Path of the offending key, e.g. "rules[3].weight"; "" for the whole file. */
    public String key() {
        return key;
    }
}
