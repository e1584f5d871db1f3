package newsbot.core.search;

import java.util.List;
import java.util.Objects;

/**
 * One thing search knows by several names, in any language: a person (Lloyd Austin, 奥斯汀), a place (Hawaii,
 * 夏威夷), a named office, body or mechanism (MMCA, 海上军事安全磋商机制) or a term (hotline, 热线, 直通电话). A query
 * that names it finds every name.
 *
 * @param label        how a reply names it, e.g. "Lloyd Austin"
 * @param kind         what it is; persons and places may be corrected to from a misspelling, persons' Chinese names
 *                     must stand alone in the text (米利 is not found inside 米利厄斯)
 * @param source       where it was defined, for the reader of {@code matched}: "topic", "glossary", "terms"
 * @param names        every name, label included
 * @param falseFriends text that contains one of the names but means something else (布朗族, 客服热线)
 * @param needsContext a person's names that count only with context (卡尔 for Colin Kahl, a common name and part of
 *                     many): one of the person's other names in the article, or a thing that {@code vouches} near it
 * @param vouches      whether naming this near a person's ambiguous name is context for it (the topic's entities and
 *                     the terms of its context groups: 美国防部副部长卡尔)
 */
public record Concept(String label, Kind kind, String source, List<String> names, List<String> falseFriends,
                      List<String> needsContext, boolean vouches) {

    public enum Kind { PERSON, PLACE, NAME, TERM }

    public Concept {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        names = List.copyOf(names);
        falseFriends = List.copyOf(falseFriends);
        needsContext = List.copyOf(needsContext);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a concept needs a name: " + label);
        }
    }

    /** A concept whose names all count alone, and that vouches for no other. */
    public Concept(String label, Kind kind, String source, List<String> names, List<String> falseFriends) {
        this(label, kind, source, names, falseFriends, List.of(), false);
    }

    /** A person, place or named thing: what a misspelling may be corrected to. */
    boolean isName() {
        return kind != Kind.TERM;
    }
}
