package newsbot.core.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain markdown news (QQ News crawls): "# title" first, images, "**subheads**", paragraphs. Many
 * files hold only the title, sometimes twice. Dates and outlet come from image URLs and the path,
 * which the caller reads.
 */
final class MarkdownFormat implements FormatParser {

    /** A whole line that only links elsewhere ("[related headline](https://news.qq.com/…)"). */
    private static final Pattern LINK_ONLY = Pattern.compile("^\\[[^\\]\\n]{1,500}\\]\\([^)\\s]{1,2000}\\)$");
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
        lines.removeIf(line -> LINK_ONLY.matcher(line.strip()).matches());
        List<String> paragraphs = new ArrayList<>(Paragraphs.withoutJunk(MarkdownText.paragraphs(lines)));
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
