package newsbot.core.summary;

import java.util.List;
import java.util.Objects;

/**
 * One article of a story, in the language of the summary.
 *
 * @param title the article's headline, "" when unknown; used as a hint of what matters, never extracted
 * @param text  the body: paragraphs separated by a blank line, no markup
 * @param lead  a summary the outlet wrote (description, bold lead, subtitle), "" when none. It is
 *              never extracted, and body sentences that repeat it are dropped, so that a summary
 *              can be measured against the outlet's own lead honestly
 */
public record StoryArticle(String title, String text, String lead) {

    public StoryArticle {
        Objects.requireNonNull(title, "title (use \"\" when unknown)");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lead, "lead (use \"\" when none)");
    }

    /** An article from its paragraphs, without title or lead. */
    public static StoryArticle ofParagraphs(List<String> paragraphs) {
        return new StoryArticle("", String.join("\n\n", paragraphs), "");
    }
}
