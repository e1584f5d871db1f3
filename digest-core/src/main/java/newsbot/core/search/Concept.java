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
 */
public record Concept(String label, Kind kind, String source, List<String> names, List<String> falseFriends) {

    public enum Kind { PERSON, PLACE, NAME, TERM }

    public Concept {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        names = List.copyOf(names);
        falseFriends = List.copyOf(falseFriends);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a concept needs a name: " + label);
        }
    }

    /** A person, place or named thing: what a misspelling may be corrected to. */
    boolean isName() {
        return kind != Kind.TERM;
    }
}
