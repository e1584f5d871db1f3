package newsbot.core.digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbot.core.event.Event;
import newsbot.core.event.Participant;
import newsbot.core.topic.Entity;
import newsbot.core.topic.EventKind;
import newsbot.core.topic.Topic;

/** Builds an event's line from the event model and the names the topic file gives. */
final class EventLines {
    private EventLines() {
    }

    static EventLine of(Event event, Topic topic) {
        Map<String, String> kind = topic.eventKinds().stream().filter(k -> k.id().equals(event.kind())).findFirst()
                .map(EventKind::names).orElse(Map.of());
        List<EventLine.Party> parties = new ArrayList<>();
        for (String side : topic.sides()) {
            leading(event, side).ifPresent(p -> parties.add(party(p.entityId(), side, topic)));
        }
        return new EventLine(kind, parties, Optional.of(event.date().date()),
                event.date().precision().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The side's most prominent participant; a person before an office of the same prominence. */
    private static Optional<Participant> leading(Event event, String side) {
        return event.participants().stream().filter(p -> p.side().equals(side)).findFirst();
    }

    static EventLine.Party party(String entityId, String side, Topic topic) {
        return new EventLine.Party(entityId, names(entityId, topic), side, sideNames(side, topic));
    }

    /** The entity's display name in each language it has names in (the first name listed for it). */
    static Map<String, String> names(String entityId, Topic topic) {
        Map<String, String> out = new LinkedHashMap<>();
        topic.entity(entityId).map(Entity::names).orElse(Map.of()).forEach((language, list) -> {
            if (!list.isEmpty()) {
                out.put(language, list.get(0));
            }
        });
        if (out.isEmpty()) {
            out.put("en", entityId);
        }
        return out;
    }

    static Map<String, String> sideNames(String side, Topic topic) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String language : List.of("en", "zh")) {
            out.put(language, topic.sideName(side, language));
        }
        return out;
    }
}
