package newsbot.core.search;

import java.util.List;

/**
 * A window of an article's original text around the best match.
 *
 * @param text       the window, whitespace collapsed, with "…" where it was cut
 * @param highlights the matched words in {@code text}, in order, not overlapping
 */
public record Snippet(String text, List<Range> highlights) {

    public Snippet {
        highlights = List.copyOf(highlights);
        for (Range r : highlights) {
            if (r.end() > text.length()) {
                throw new IllegalArgumentException("highlight " + r + " beyond the snippet text");
            }
        }
    }

    /** The text with every highlight wrapped in «…», for plain-text chats and the console. */
    public String plain() {
        return marked("«", "»");
    }

    /** The text with every highlight between {@code open} and {@code close}, which are not escaped. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + highlights.size() * 2);
        int at = 0;
        for (Range r : highlights) {
            out.append(text, at, r.start()).append(open).append(text, r.start(), r.end()).append(close);
            at = r.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
