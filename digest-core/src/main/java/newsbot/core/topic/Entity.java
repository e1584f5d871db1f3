package newsbot.core.topic;

import java.util.List;
import java.util.Map;

/**
 * One canonical thing a topic knows by several names.
 *
 * @param id    canonical id, e.g. "dong-jun"
 * @param kind  person, body, office, mechanism, event or place
 * @param side  the topic's side the entity belongs to (e.g. "us", "cn"), "" when the topic declares none
 * @param names aliases per language code ("zh", "en"), display name first
 */
public record Entity(String id, String kind, String side, Map<String, List<String>> names) {
    public Entity {
        var copy = new java.util.LinkedHashMap<String, List<String>>();
        names.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
        names = java.util.Collections.unmodifiableMap(copy);
    }

    /** The first English name if there is one, else the first name of any language. */
    public String displayName() {
        List<String> en = names.get("en");
        if (en != null && !en.isEmpty()) {
            return en.get(0);
        }
        return names.values().stream().flatMap(List::stream).findFirst().orElse(id);
    }

    /** All aliases in every language, in file order. */
    public List<String> allNames() {
        return names.values().stream().flatMap(List::stream).toList();
    }
}
