package newsbot.core.search;

/** Chars {@code [start, end)} of a text. */
public record Range(int start, int end) {

    public Range {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }
}
