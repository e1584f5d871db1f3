package newsbot.core.timeline;

import java.util.List;
import java.util.Optional;
import newsbot.core.event.EventDate;
import newsbot.core.event.Participant;
import newsbot.core.topic.EventKind;
import newsbot.core.topic.EventLevel;

/**
 * One contact on the timeline: a story (event) with its date, kind, level, participants and sources.
 *
 * @param story        the story's id, as {@code stories} lists it
 * @param kind         the topic's kind of contact; empty when the articles name none
 * @param level        the topic's level of contact; empty when the topic defines no levels
 * @param breakInContact its kind is one of the topic's {@code events.breaks} (a refusal, a suspension)
 * @param participants by side in the topic's order (its {@code sides}), by prominence within a side
 * @param sources      the story's articles, oldest first (near-copies included: each is a report)
 * @param headline     the title of the story's representative article
 */
public record TimelineEntry(long story, EventDate date, Optional<EventKind> kind, Optional<EventLevel> level,
                            boolean breakInContact,
                            List<Participant> participants, List<Source> sources, String headline) {
    public TimelineEntry {
        participants = List.copyOf(participants);
        sources = List.copyOf(sources);
    }

    /** An article reporting the contact: its primary file, outlet (when something names one) and title. */
    public record Source(String path, Optional<String> outlet, String title) {
    }
}
