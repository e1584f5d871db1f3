package newsbot.core.summary;

import java.util.List;
import java.util.Objects;
import newsbot.core.text.Language;

/**
 * What to summarise.
 *
 * @param articles    the story's articles in one language, oldest first; at least one
 * @param language    "zh" or "en"
 * @param budget      the length limit
 * @param alreadySent sentences already posted for this story (any order); the summary says what is new
 * @param focus       what the story is about, sentence by sentence ({@link SentenceFocus#NONE} when unknown)
 */
public record SummaryRequest(List<StoryArticle> articles, String language, LengthBudget budget, List<String> alreadySent,
                             SentenceFocus focus) {

    public SummaryRequest {
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one article");
        }
        Language.of(language);
        Objects.requireNonNull(budget, "budget");
        alreadySent = List.copyOf(alreadySent);
        Objects.requireNonNull(focus, "focus (use SentenceFocus.NONE)");
    }

    /** A request without focus. */
    public SummaryRequest(List<StoryArticle> articles, String language, LengthBudget budget, List<String> alreadySent) {
        this(articles, language, budget, alreadySent, SentenceFocus.NONE);
    }

    /** The default budget for the language and nothing sent yet. */
    public static SummaryRequest of(List<StoryArticle> articles, String language) {
        return new SummaryRequest(articles, language, LengthBudget.defaultFor(language), List.of());
    }

    public SummaryRequest withBudget(LengthBudget newBudget) {
        return new SummaryRequest(articles, language, newBudget, alreadySent, focus);
    }

    public SummaryRequest withAlreadySent(List<String> sent) {
        return new SummaryRequest(articles, language, budget, sent, focus);
    }

    public SummaryRequest withFocus(SentenceFocus newFocus) {
        return new SummaryRequest(articles, language, budget, alreadySent, newFocus);
    }
}
