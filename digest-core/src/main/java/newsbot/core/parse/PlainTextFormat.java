package newsbot.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Text with no recognisable structure: the first non-blank line is the title, the rest the body. */
final class PlainTextFormat implements FormatParser {

    /** A first line longer than this is a paragraph, not a headline: it stays in the body. */
    private static final int MAX_TITLE_LINE = 150;
    private static final int SHORT_TITLE = 80;

    @Override
    public Extracted parse(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        String title = "";
        while (!lines.isEmpty() && title.isEmpty()) {
            String first = lines.get(0).strip();
            if (first.isEmpty()) {
                lines.remove(0);
            } else if (first.length() <= MAX_TITLE_LINE) {
                title = MarkdownText.inline(first);
                lines.remove(0);
            } else {
                title = firstSentence(MarkdownText.inline(first));
                break;
            }
        }
        List<String> paragraphs = Paragraphs.withoutJunk(MarkdownText.paragraphs(lines));
        return new Extracted("text", title, "", "", "", "", List.of(),
                List.of(new Extracted.Draft("", paragraphs)));
    }

    /** Up to the first sentence end, cut at {@link #SHORT_TITLE} characters. */
    static String firstSentence(String line) {
        int end = line.length();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("。！？!?".indexOf(c) >= 0 || (c == '.' && i + 1 < line.length() && line.charAt(i + 1) == ' ')) {
                end = i + 1;
                break;
            }
        }
        String sentence = line.substring(0, end).strip();
        return sentence.length() <= SHORT_TITLE ? sentence : sentence.substring(0, SHORT_TITLE).strip() + "…";
    }
}
