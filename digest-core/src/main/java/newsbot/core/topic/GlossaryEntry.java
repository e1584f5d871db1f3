package newsbot.core.topic;

import java.util.List;
import java.util.Map;

/**
 * One entry of a bilingual glossary: a place, office, rank, mechanism or word, named in several languages.
 *
 * @param kind         person, place, office, body, force, mechanism, event or term
 * @param names        names per language code ("en", "zh"), the first English one shown
 * @param source       the key of the reference the entry follows, declared under the file's {@code sources}
 * @param falseFriends text that holds one of the names but means something else (客服热线 for 热线)
 */
record GlossaryEntry(String kind, Map<String, List<String>> names, String source, List<String> falseFriends) {
    GlossaryEntry {
        var copy = new java.util.LinkedHashMap<String, List<String>>();
        names.forEach((lang, list) -> copy.put(lang, List.copyOf(list)));
        names = java.util.Collections.unmodifiableMap(copy);
        falseFriends = List.copyOf(falseFriends);
    }

    String label() {
        List<String> en = names.get("en");
        return en != null && !en.isEmpty() ? en.get(0) : names.values().iterator().next().get(0);
    }

    List<String> allNames() {
        return names.values().stream().flatMap(List::stream).toList();
    }
}
