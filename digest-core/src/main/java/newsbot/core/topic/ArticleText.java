package newsbot.core.topic;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsbot.core.parse.Section;

/**
 * An article laid out as one string for a single matcher pass: the distinct titles first,
 * then each section's text. Knows which offsets are title, lead, and which sentence.
 */
final class ArticleText {
    private final String text;
    private final int titleEnd;
    private final int[] leadStarts;
    private final int[] leadEnds;
    private final int[] sentenceStarts;

    private ArticleText(String text, int titleEnd, int[] leadStarts, int[] leadEnds) {
        this.text = text;
        this.titleEnd = titleEnd;
        this.leadStarts = leadStarts;
        this.leadEnds = leadEnds;
        this.sentenceStarts = sentenceStarts(text);
    }

    static ArticleText of(String title, List<Section> sections, int leadChars) {
        Set<String> titles = new LinkedHashSet<>();
        addIfText(titles, title);
        for (Section s : sections) {
            addIfText(titles, s.title());
        }
        StringBuilder sb = new StringBuilder();
        for (String t : titles) {
            sb.append(t).append('\n');
        }
        int titleEnd = sb.length();
        int[] leadStarts = new int[sections.size()];
        int[] leadEnds = new int[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            String body = sections.get(i).text() == null ? "" : sections.get(i).text();
            leadStarts[i] = sb.length();
            leadEnds[i] = sb.length() + Math.min(leadChars, body.length());
            sb.append(body).append("\n\n");
        }
        return new ArticleText(sb.toString(), titleEnd, leadStarts, leadEnds);
    }

    private static void addIfText(Set<String> titles, String t) {
        if (t != null && !t.isBlank()) {
            titles.add(t.strip());
        }
    }

    String text() {
        return text;
    }

    boolean inTitle(int offset) {
        return offset < titleEnd;
    }

    boolean inLead(int offset) {
        for (int i = 0; i < leadStarts.length; i++) {
            if (offset >= leadStarts[i] && offset < leadEnds[i]) {
                return true;
            }
        }
        return false;
    }

    int[] sentenceStarts() {
        return sentenceStarts;
    }

    int sentenceOf(int offset) {
        int k = Arrays.binarySearch(sentenceStarts, offset);
        return k >= 0 ? k : -k - 2;
    }

    /** Sentence ends: Chinese and Western stops, semicolons, line breaks, and '.' before a space. */
    private static int[] sentenceStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = switch (c) {
                case '。', '！', '？', '；', '!', '?', ';', '\n' -> true;
                case '.' -> i + 1 >= text.length() || text.charAt(i + 1) <= ' ' || text.charAt(i + 1) == '\u00A0';
                default -> false;
            };
            if (end && i + 1 < text.length() && starts[n - 1] != i + 1) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }
}
