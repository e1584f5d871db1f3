package newsbot.core.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event in a digest.
 *
 * @param storyId       stable while more articles join the story
 * @param headline      the title of the story's most representative article, in the digest's language where one
 *                      is available
 * @param headlineUrl   that article's link, "" when it has none
 * @param date          the event date, empty when no article is dated
 * @param summary       extractive summary sentences, in order; only what is new when the story was sent before
 * @param update        true when the story was sent before and this is what is new
 * @param sources       every article of the story, grouped by outlet
 * @param why           why it is included, from the relevance reasons, e.g. "Dong Jun and Lloyd Austin; video call"
 * @param language      what the summary (and headline) is in: "zh" or "en"
 * @param titleOnly     no article of the story has text beyond its title, so there is no summary to give
 * @param sourcesOnlyIn "zh" or "en" when the reader asked for the other language and every source is in this
 *                      one (the summary keeps it); "" otherwise
 * @param event         what happened, from the event model, in every language the topic names it in
 * @param statements    each side's words, at most one line per side, in the topic's side order
 */
public record DigestStory(long storyId, String headline, String headlineUrl, Optional<LocalDate> date,
                          List<String> summary, boolean update, List<Source> sources, String why, String language,
                          boolean titleOnly, String sourcesOnlyIn, EventLine event, List<Statement> statements) {
    public DigestStory {
        summary = List.copyOf(summary);
        sources = List.copyOf(sources);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sourcesOnlyIn, "sourcesOnlyIn");
        Objects.requireNonNull(headlineUrl, "headlineUrl");
        Objects.requireNonNull(event, "event");
        statements = List.copyOf(statements);
    }

    /** A story whose summary is in the language its headline suggests, title-only when it has no summary. */
    public DigestStory(long storyId, String headline, Optional<LocalDate> date, List<String> summary,
                       boolean update, List<Source> sources, String why) {
        this(storyId, headline, "", date, summary, update, sources, why, languageOf(headline), summary.isEmpty() && !update,
                "", EventLine.NONE, List.of());
    }

    private static String languageOf(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "zh" : "en";
    }
}
