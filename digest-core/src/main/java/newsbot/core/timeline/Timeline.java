package newsbot.core.timeline;

import java.time.LocalDate;
import java.util.List;
import newsbot.core.topic.EventLevel;

/**
 * Contacts in date order, oldest first, for one period and optionally one participant.
 *
 * @param entries the contacts
 * @param from    the first day shown: the query's start, else the first contact's day (or today when there is none)
 * @param to      the last day shown: the query's end, else the last contact's last day (or today)
 * @param who     how the participant asked for is called (its display name), "" for everyone
 * @param levels  the topic's levels, most senior first: the rows of a picture, in order
 */
public record Timeline(List<TimelineEntry> entries, LocalDate from, LocalDate to, String who,
                       List<EventLevel> levels) {
    public Timeline {
        entries = List.copyOf(entries);
        levels = List.copyOf(levels);
    }
}
