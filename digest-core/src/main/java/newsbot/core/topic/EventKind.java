package newsbot.core.topic;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kind of contact the topic tells events apart by (a call, a meeting, a refusal …), as the topic file's
 * {@code events.kinds} defines it. Kinds are listed in priority order: the first one an article's title names
 * (else its lead) is the article's kind.
 *
 * @param id    e.g. "video-call"
 * @param names display names by language code ("en", "zh")
 * @param excludes kinds that are never the same event as this one (a video call is not a meeting)
 * @param weak     names the event only when no other kind is named in the title or lead ("restored" says less
 *                 about the contact than "video call" in the same lead)
 * @param family   kinds of one family are near enough to report one contact ("call" and "video call"); "" for none
 * @param refines  the broader kind this one is a more precise name of ("video-call" refines "call": a video call is
 *                 a call, so an article or story naming both was a video call); "" for none
 */
public record EventKind(String id, Map<String, String> names, Set<String> excludes, boolean weak, String family,
                        String refines) {
    public EventKind {
        names = Map.copyOf(names);
        excludes = Set.copyOf(excludes);
    }

    /** A kind that refines none. */
    public EventKind(String id, Map<String, String> names, Set<String> excludes, boolean weak, String family) {
        this(id, names, excludes, weak, family, "");
    }

    /** 1 for the same kind, 0.7 for one of the same family, else 0. */
    public double likeness(EventKind other) {
        if (id.equals(other.id)) {
            return 1;
        }
        return !family.isEmpty() && family.equals(other.family) ? 0.7 : 0;
    }

    /** Whether an article of this kind and one of {@code other} can report the same event. */
    public boolean compatibleWith(EventKind other) {
        return !excludes.contains(other.id) && !other.excludes.contains(id);
    }

    /** The name in {@code language}, else the English one, else the id. */
    public String name(String language) {
        String n = names.get(language);
        if (n == null) {
            n = names.get("en");
        }
        return n == null ? id : n;
    }

    /** How the kind is recognised: term forms, or entity kinds whose mention makes it ("mechanism"). */
    record Cues(int group, List<String> entityKinds) {
        Cues {
            entityKinds = List.copyOf(entityKinds);
        }
    }
}
