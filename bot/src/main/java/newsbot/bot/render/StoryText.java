package newsbot.bot.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newsbot.core.digest.DigestStory;
import newsbot.core.digest.Source;

/**
 * A digest story as it will be shown: text cleaned, possibly shortened to fit a message.
 *
 * @param hiddenSources sources left out for room, shown as "+ n more sources"
 */
record StoryText(String headline, Optional<LocalDate> date, List<String> summary, boolean update,
                 List<Source> sources, int hiddenSources, String why, boolean titleOnly, String sourcesOnlyIn) {
    StoryText {
        summary = List.copyOf(summary);
        sources = List.copyOf(sources);
    }

    static StoryText of(DigestStory story, Labels labels) {
        String headline = CleanText.oneLine(story.headline());
        return new StoryText(
                headline.isEmpty() ? labels.untitled() : headline,
                story.date(),
                story.summary().stream().map(CleanText::oneLine).filter(s -> !s.isEmpty()).toList(),
                story.update(),
                story.sources().stream()
                        .map(s -> s.withText(CleanText.oneLine(s.outlet()), s.url().strip(), CleanText.oneLine(s.title())))
                        .toList(),
                0,
                CleanText.oneLine(story.why()),
                story.titleOnly(),
                story.sourcesOnlyIn());
    }

    /** "17 Apr 2024 · Chinese sources only": the date and what a reader should know before reading on. */
    String meta(Labels labels) {
        StringBuilder b = new StringBuilder(date.map(labels::date).orElse(""));
        if (!sourcesOnlyIn.isEmpty()) {
            b.append(b.length() > 0 ? " · " : "").append(labels.sourcesOnlyIn(sourcesOnlyIn));
        }
        return b.toString();
    }

    StoryText withHeadline(String value) {
        return new StoryText(value, date, summary, update, sources, hiddenSources, why, titleOnly, sourcesOnlyIn);
    }

    StoryText withSummary(List<String> value) {
        return new StoryText(headline, date, value, update, sources, hiddenSources, why, titleOnly, sourcesOnlyIn);
    }

    StoryText withSources(List<Source> value, int hidden) {
        return new StoryText(headline, date, summary, update, value, hidden, why, titleOnly, sourcesOnlyIn);
    }

    StoryText withWhy(String value) {
        return new StoryText(headline, date, summary, update, sources, hiddenSources, value, titleOnly, sourcesOnlyIn);
    }
}
