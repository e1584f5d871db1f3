package newsbot.core.digest;

import java.time.LocalDate;
import java.util.Comparator;
import newsbot.core.source.SourceKind;

/**
 * The order of a digest and of /latest: newest event first (undated stories last); stories of the same day
 * by importance — one with an official source first, then the one more outlets reported, then the more
 * relevant (its best article's topic score) — and then the one that grew last.
 */
final class StoryOrder {
    private StoryOrder() {
    }

    /** A composed story with what ordering needs beyond it. */
    record Ranked(DigestStory story, double score, long latestSeq, int articleCount) {
    }

    static final Comparator<Ranked> NEWEST_THEN_IMPORTANT =
            Comparator.comparing((Ranked r) -> r.story().date().orElse(LocalDate.MIN), Comparator.reverseOrder())
                    .thenComparing(r -> official(r.story()) ? 0 : 1)
                    .thenComparingLong(r -> -outlets(r.story()))
                    .thenComparingDouble(r -> -r.score())
                    .thenComparingLong(r -> -r.latestSeq());

    static boolean official(DigestStory story) {
        return story.sources().stream().anyMatch(s -> s.kind() == SourceKind.OFFICIAL);
    }

    static long outlets(DigestStory story) {
        return story.sources().stream().map(Source::outlet).filter(o -> !o.isEmpty()).distinct().count();
    }
}
