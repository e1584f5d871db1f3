package newsbot.core.digest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What is relevant and new for one reader since the last digest: each event once, with its sources.
 *
 * @param since        the start of the period (the previous digest), empty for "everything so far"
 * @param until        when the digest was composed
 * @param articleCount the articles behind the stories
 * @param stories      most important first
 */
public record Digest(Optional<Instant> since, Instant until, int articleCount, List<DigestStory> stories) {
    public Digest {
        stories = List.copyOf(stories);
    }

    public boolean isEmpty() {
        return stories.isEmpty();
    }
}
