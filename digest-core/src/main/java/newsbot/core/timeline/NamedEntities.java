package newsbot.core.timeline;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsbot.core.topic.Entity;
import newsbot.core.topic.Topic;

/**
 * The topic's entities a typed name stands for, read the way search reads names: any alias in any language, any
 * spacing, case or tone marks, a likely misspelling (through the topic's thesaurus), or the entity's id.
 *
 * @param ids     the entities, in the order found
 * @param display how to call them: the first one's display name
 */
record NamedEntities(Set<String> ids, String display) {
    NamedEntities {
        ids = Set.copyOf(ids);
    }

    static NamedEntities of(Topic topic, String typed) throws UnknownNameException {
        Set<String> ids = new LinkedHashSet<>();
        String display = null;
        topic.gazetteer().lookup(typed).ifPresent(e -> ids.add(e.id()));
        for (List<String> names : topic.thesaurus().namesOf(typed)) {
            for (String name : names) {
                topic.gazetteer().lookup(name).map(Entity::id).ifPresent(ids::add);
            }
        }
        if (ids.isEmpty()) {
            throw new UnknownNameException(typed);
        }
        display = topic.entity(ids.iterator().next()).map(Entity::displayName).orElse(typed);
        return new NamedEntities(ids, display);
    }
}
