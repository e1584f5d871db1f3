package newsbot.bot.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import newsbot.core.digest.Source;

/**
 * Shortens one story until a platform's test says it fits, giving up the least important text
 * first: summary sentences from the end, then the last sentence's tail, each side's words from the
 * last side, the headline's tail (keeping a readable start), the why-line's tail, long source titles,
 * sources from the end (counted as "+ n more", not lost silently), the event line's tail, and only then
 * the rest of headline and why.
 */
final class StoryFitter {
    /** Headline and why-line keep at least this much before sources are dropped. */
    private static final int READABLE = 80;
    /** A source title longer than this is cut before any source is dropped. */
    private static final int SHORT_TITLE = 120;

    private StoryFitter() {
    }

    static StoryText fit(StoryText story, Predicate<StoryText> fits) {
        if (fits.test(story)) {
            return story;   // the common case: one rendering, not one per step
        }
        StoryText s = story;
        while (s.summary().size() > 1 && !fits.test(s)) {
            s = s.withSummary(s.summary().subList(0, s.summary().size() - 1));
        }
        if (!s.summary().isEmpty() && !fits.test(s)) {
            String sentence = s.summary().get(0);
            StoryText base = s;
            int n = Fit.largest(sentence.length(), len -> fits.test(base.withSummary(List.of(Utf16.truncate(sentence, len)))));
            s = s.withSummary(n > 0 ? List.of(Utf16.truncate(sentence, n)) : List.of());
        }
        while (!s.statements().isEmpty() && !fits.test(s)) {
            s = s.withStatements(s.statements().subList(0, s.statements().size() - 1));
        }
        s = shorten(s, StoryText::headline, StoryText::withHeadline, READABLE, fits);
        s = shorten(s, StoryText::why, StoryText::withWhy, READABLE, fits);
        if (!fits.test(s)) {
            s = s.withSources(s.sources().stream()
                    .map(src -> src.withText(Utf16.truncate(src.outlet(), SHORT_TITLE), src.url(),
                            Utf16.truncate(src.title(), SHORT_TITLE)))
                    .toList(), s.hiddenSources());
        }
        List<Source> kept = new ArrayList<>(s.sources());
        while (!kept.isEmpty() && !fits.test(s)) {
            kept.remove(kept.size() - 1);
            s = s.withSources(kept, s.hiddenSources() + 1);
        }
        s = shorten(s, StoryText::eventLine, StoryText::withEventLine, 0, fits);
        s = shorten(s, StoryText::headline, StoryText::withHeadline, 1, fits);
        s = shorten(s, StoryText::why, StoryText::withWhy, 0, fits);
        if (!fits.test(s)) {
            throw new IllegalStateException("a story cannot be shortened enough to fit a message: " + story.headline());
        }
        return s;
    }

    /**
     * Cuts the field's tail just enough to fit; if even a cut to the floor does not fit,
     * leaves it at the floor and lets later steps make room.
     */
    private static StoryText shorten(StoryText s, Function<StoryText, String> field,
                                     BiFunction<StoryText, String, StoryText> with, int floor,
                                     Predicate<StoryText> fits) {
        if (fits.test(s)) {
            return s;
        }
        String text = field.apply(s);
        int n = Fit.largest(text.length(), len -> fits.test(with.apply(s, Utf16.truncate(text, len))));
        return with.apply(s, Utf16.truncate(text, Math.max(n, Math.min(floor, text.length()))));
    }
}
