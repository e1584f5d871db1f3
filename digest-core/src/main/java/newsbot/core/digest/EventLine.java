package newsbot.core.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened, from the event model, in words of every language the topic names it in, so that a
 * channel reads it in its own language whatever the sources' language: the kind of contact, who took part
 * for each side, when.
 *
 * @param kind      the kind's names by language code ({"en": "Video call", "zh": "视频通话"}); empty when unknown
 * @param parties   one per side, in the topic's side order
 * @param date      the event date, when known
 * @param precision how much of {@code date} is known: "day", "week" or "month"
 */
public record EventLine(Map<String, String> kind, List<Party> parties, Optional<LocalDate> date, String precision) {
    public static final EventLine NONE = new EventLine(Map.of(), List.of(), Optional.empty(), "day");

    public EventLine {
        kind = Map.copyOf(kind);
        parties = List.copyOf(parties);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }

    public boolean isEmpty() {
        return kind.isEmpty() && parties.isEmpty() && date.isEmpty();
    }

    /** The kind in {@code language}, else in English, else "". */
    public String kind(String language) {
        return kind.getOrDefault(language, kind.getOrDefault("en", ""));
    }

    /**
     * Who took part for one side.
     *
     * @param entityId  the topic's id of the person (or office, when the topic knows nobody who held it then)
     * @param names     their name per language code
     * @param side      the topic's side id
     * @param sideNames the side's name per language code ({"en": "US", "zh": "美"})
     */
    public record Party(String entityId, Map<String, String> names, String side, Map<String, String> sideNames) {
        public Party {
            names = Map.copyOf(names);
            sideNames = Map.copyOf(sideNames);
        }

        public String name(String language) {
            return names.getOrDefault(language, names.getOrDefault("en", entityId));
        }

        public String sideName(String language) {
            return sideNames.getOrDefault(language, sideNames.getOrDefault("en", side));
        }
    }
}
