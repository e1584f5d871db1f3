package newsbot.bot.render;

/**
 * A highlighted part of a snippet, as UTF-16 indices like {@link String#substring(int, int)}.
 * Ranges may overlap or run past the snippet; rendering merges and clamps them.
 */
public record Range(int start, int end) {
    public Range {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad highlight range [" + start + ", " + end + ")");
        }
    }
}
