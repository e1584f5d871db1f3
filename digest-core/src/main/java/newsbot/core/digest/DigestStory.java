package newsbot.core.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One event in a digest.
 *
 * @param storyId  stable while more articles join the story
 * @param headline the story's headline, in the digest's language where one is available
 * @param date     the event date, empty when no article is dated
 * @param summary  extractive summary sentences, in order; only what is new when the story was sent before
 * @param update   true when the story was sent before and this is what is new
 * @param sources  each outlet once, with its link
 * @param why      why it is included, from the relevance reasons, e.g. "Dong Jun and Lloyd Austin; video call"
 */
public record DigestStory(long storyId, String headline, Optional<LocalDate> date, List<String> summary,
                          boolean update, List<Source> sources, String why) {
    public DigestStory {
        summary = List.copyOf(summary);
        sources = List.copyOf(sources);
    }
}
