package newsbot.core.topic;

import java.util.List;
import java.util.Map;

/**
 * A level of contact (defence ministers, chiefs of staff, working level …), as the topic file's
 * {@code events.levels} defines it, most senior first. An event's participant is at the first level that lists it,
 * or an office it held on the event's date; a mechanism or body listed makes its sessions that level.
 *
 * @param id       e.g. "defence-ministers"
 * @param names    display names by language code ("en", "zh")
 * @param entities entity ids (people, offices, bodies, mechanisms) of this level; empty for the fallback level,
 *                 which takes whatever no other level lists
 */
public record EventLevel(String id, Map<String, String> names, List<String> entities) {
    public EventLevel {
        names = Map.copyOf(names);
        entities = List.copyOf(entities);
    }

    /** Whether this is the level of everyone no other level lists. */
    public boolean fallback() {
        return entities.isEmpty();
    }

    /** The name in {@code language}, else the English one, else the id. */
    public String name(String language) {
        String n = names.get(language);
        if (n == null) {
            n = names.get("en");
        }
        return n == null ? id : n;
    }
}
