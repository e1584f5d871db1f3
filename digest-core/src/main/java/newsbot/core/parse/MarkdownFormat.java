package newsbot.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain markdown news (QQ News crawls): "# title" first, images, "**subheads**", paragraphs. Many
 * files hold only the title, sometimes twice. Dates and outlet come from image URLs and the path,
 * which the caller reads.
 */
final class MarkdownFormat implements FormatParser {

    static final int MAX_TITLE = 200;

    @Override
    public Extracted parse(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        String title = "";
        while (!lines.isEmpty()) {
            String line = lines.remove(0).strip();
            if (line.isEmpty()) {
                continue;
            }
            title = MarkdownText.isHeading(line) ? MarkdownText.headingText(line) : MarkdownText.inline(line);
            break;
        }
        List<String> paragraphs = new ArrayList<>(Paragraphs.withoutJunk(MarkdownText.paragraphs(lines, true)));
        String repeatedTitle = title;
        // title-only crawls repeat the heading as the body
        paragraphs.removeIf(p -> p.equals(repeatedTitle));
        return new Extracted("markdown", truncate(title), "", "", "", "", List.of(),
                List.of(new Extracted.Draft("", paragraphs)));
    }

    static String truncate(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1).strip() + "…";
    }
}
