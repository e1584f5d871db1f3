package newsbot.bot.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newsbot.core.digest.DigestStory;
import newsbot.core.digest.Source;

/**
 * A digest story as it will be shown: text cleaned, possibly shortened to fit a message.
 *
 * @param headlineUrl   the headline's own article link, "" when none
 * @param eventLine     what happened, in the reader's language ("Video call · … · 16 Apr 2024"), "" when unknown
 * @param statements    each side's words, prefix included ("US (Lloyd Austin): …")
 * @param hiddenSources sources left out for room, shown as "+ n more sources"
 */
record StoryText(String headline, String headlineUrl, Optional<LocalDate> date, String eventLine, List<String> summary,
                 List<String> statements, boolean update, List<Source> sources, int hiddenSources, String why,
                 boolean titleOnly, String sourcesOnlyIn) {
    StoryText {
        summary = List.copyOf(summary);
        statements = List.copyOf(statements);
        sources = List.copyOf(sources);
    }

    static StoryText of(DigestStory story, Labels labels) {
        String headline = CleanText.oneLine(story.headline());
        return new StoryText(
                headline.isEmpty() ? labels.untitled() : headline,
                story.headlineUrl().strip(),
                story.date(),
                CleanText.oneLine(story.event().isEmpty() ? "" : labels.eventLine(story.event())),
                story.summary().stream().map(CleanText::oneLine).filter(s -> !s.isEmpty()).toList(),
                story.statements().stream().map(s -> CleanText.oneLine(labels.statementPrefix(s) + s.text())).toList(),
                story.update(),
                story.sources().stream()
                        .map(s -> s.withText(CleanText.oneLine(s.outlet()), s.url().strip(), CleanText.oneLine(s.title())))
                        .toList(),
                0,
                CleanText.oneLine(story.why()),
                story.titleOnly(),
                story.sourcesOnlyIn());
    }

    /**
     * "Video call · Lloyd Austin (US) – Dong Jun (China) · 16 Apr 2024 · Chinese sources only": what happened
     * (or only the date when the event model has nothing more) and what a reader should know before reading on.
     */
    String meta(Labels labels) {
        StringBuilder b = new StringBuilder(eventLine.isEmpty() ? date.map(labels::date).orElse("") : eventLine);
        if (!sourcesOnlyIn.isEmpty()) {
            b.append(b.length() > 0 ? " · " : "").append(labels.sourcesOnlyIn(sourcesOnlyIn));
        }
        return b.toString();
    }

    StoryText withHeadline(String value) {
        return new StoryText(value, headlineUrl, date, eventLine, summary, statements, update, sources, hiddenSources,
                why, titleOnly, sourcesOnlyIn);
    }

    StoryText withSummary(List<String> value) {
        return new StoryText(headline, headlineUrl, date, eventLine, value, statements, update, sources, hiddenSources,
                why, titleOnly, sourcesOnlyIn);
    }

    StoryText withStatements(List<String> value) {
        return new StoryText(headline, headlineUrl, date, eventLine, summary, value, update, sources, hiddenSources,
                why, titleOnly, sourcesOnlyIn);
    }

    StoryText withEventLine(String value) {
        return new StoryText(headline, headlineUrl, date, value, summary, statements, update, sources, hiddenSources,
                why, titleOnly, sourcesOnlyIn);
    }

    StoryText withSources(List<Source> value, int hidden) {
        return new StoryText(headline, headlineUrl, date, eventLine, summary, statements, update, value, hidden, why,
                titleOnly, sourcesOnlyIn);
    }

    StoryText withWhy(String value) {
        return new StoryText(headline, headlineUrl, date, eventLine, summary, statements, update, sources, hiddenSources,
                value, titleOnly, sourcesOnlyIn);
    }
}
