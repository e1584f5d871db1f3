package newsbot.core.story;

import java.time.LocalDate;
import java.util.List;

/**
 * A story as `stories` shows it.
 *
 * @param id       stable while more articles join
 * @param date     the event date
 * @param articles the paths of its served articles, near-duplicates included
 * @param outlets  each outlet once
 */
public record StoryListing(long id, String headline, LocalDate date, List<String> articles, List<String> outlets) {
    public StoryListing {
        articles = List.copyOf(articles);
        outlets = List.copyOf(outlets);
    }
}
