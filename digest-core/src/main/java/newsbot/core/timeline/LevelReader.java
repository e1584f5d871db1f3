package newsbot.core.timeline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbot.core.event.Participant;
import newsbot.core.topic.EventLevel;
import newsbot.core.topic.Topic;

/**
 * The level of a contact, from the topic's {@code events.levels}: each side's most prominent participant is at the
 * first level that lists it or an office it held on the day; the contact is at the more junior of the sides' levels
 * (a minister meeting a former official is not a ministers' contact). With no participant, the most senior level of
 * a mechanism or body its titles name; else the fallback level.
 */
final class LevelReader {
    private final Topic topic;
    private final List<EventLevel> levels;
    private final int fallback;

    LevelReader(Topic topic) {
        this.topic = topic;
        this.levels = topic.eventLevels();
        int f = -1;
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).fallback()) {
                f = i;
            }
        }
        this.fallback = f;
    }

    Optional<EventLevel> levelOf(List<Participant> participants, Collection<String> titleEntities, LocalDate date) {
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Participant> bySide = new LinkedHashMap<>();
        for (Participant p : participants) {
            if (!p.side().isEmpty()) {
                bySide.putIfAbsent(p.side(), p);
            }
        }
        int level = -1;
        for (Participant p : bySide.values()) {
            int l = listing(p.entityId(), date);
            level = Math.max(level, l < 0 ? fallback : l);
        }
        if (bySide.isEmpty()) {
            for (String e : titleEntities) {
                int l = listing(e, date);
                if (l >= 0 && (level < 0 || l < level)) {
                    level = l;
                }
            }
        }
        if (level < 0) {
            level = fallback;
        }
        return level < 0 ? Optional.empty() : Optional.of(levels.get(level));
    }

    /** The first level listing the entity, or an office it held on {@code date}; -1 for none. */
    private int listing(String entityId, LocalDate date) {
        for (int i = 0; i < levels.size(); i++) {
            for (String listed : levels.get(i).entities()) {
                if (listed.equals(entityId) || topic.holder(listed, date).equals(entityId)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
