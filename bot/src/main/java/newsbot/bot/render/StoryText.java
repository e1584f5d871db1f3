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
                 List<Source> sources, int hiddenSources, String why) {
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
                        .map(s -> new Source(CleanText.oneLine(s.outlet()), s.url().strip(), CleanText.oneLine(s.title())))
                        .toList(),
                0,
                CleanText.oneLine(story.why()));
    }

    StoryText withHeadline(String value) {
        return new StoryText(value, date, summary, update, sources, hiddenSources, why);
    }

    StoryText withSummary(List<String> value) {
        return new StoryText(headline, date, value, update, sources, hiddenSources, why);
    }

    StoryText withSources(List<Source> value, int hidden) {
        return new StoryText(headline, date, summary, update, value, hidden, why);
    }

    StoryText withWhy(String value) {
        return new StoryText(headline, date, summary, update, sources, hiddenSources, value);
    }
}
