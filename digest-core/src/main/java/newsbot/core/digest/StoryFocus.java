package newsbot.core.digest;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbot.core.event.Event;
import newsbot.core.event.Participant;
import newsbot.core.parse.Section;
import newsbot.core.summary.SentenceFocus;
import newsbot.core.topic.Topic;
import newsbot.core.topic.TopicReading;

/**
 * A story's focus read with its topic: a sentence scores one for each distinct thing of the topic it names (an
 * entity, a kind of contact, a term group), and one more for each of the event's own participants.
 */
final class StoryFocus implements SentenceFocus {
    private final Topic topic;
    private final String language;
    private final Set<String> participants;

    /** @param participants entity ids of the event's participants */
    StoryFocus(Topic topic, String language, Set<String> participants) {
        this.topic = topic;
        this.language = language;
        this.participants = Set.copyOf(participants);
    }

    static StoryFocus of(Topic topic, String language, Optional<Event> event) {
        return new StoryFocus(topic, language, event.map(e -> e.participants().stream().map(Participant::entityId)
                .collect(java.util.stream.Collectors.toSet())).orElse(Set.of()));
    }

    @Override
    public double of(String sentence) {
        TopicReading r = topic.read("", List.of(new Section(language, "", sentence)));
        Set<String> named = new HashSet<>();
        double score = 0;
        for (TopicReading.Found f : r.found()) {
            if (named.add(f.type() + ":" + f.id())) {
                score += 1 + (f.type() == TopicReading.Type.ENTITY && participants.contains(f.id()) ? 1 : 0);
            }
        }
        return score;
    }
}
