package newsbot.core.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Turns any text a person typed into a {@link ParsedQuery}, or says why it cannot.
 *
 * <ul>
 *   <li>Each word or quoted phrase becomes a phrase of analyzer terms: 董军 is the bigram 董军,
 *       海上军事安全磋商机制 the consecutive bigrams 海上 上军 … 机制, "defense policy" two adjacent words.
 *       A hyphenated or slashed word stays one word: Indo-Pacific is the adjacent words indo and pacific, or
 *       indopacific written together.</li>
 *   <li>Words are ANDed; {@code -word} excludes; {@code a OR b} makes one clause of both.</li>
 *   <li>A word, a quoted phrase, or a run of up to {@value #MAX_NAME_WORDS} words that the {@link Thesaurus} knows
 *       (Dong Jun, Dongjun, Indo-Pacific, hotline, Chairman of the Joint Chiefs) becomes an OR of all its names, in
 *       every language; so does an excluded one (-Taiwan also excludes 台湾, -Li Shangfu excludes 李尚福).</li>
 *   <li>A run of up to {@value #MAX_CORRECTED_WORDS} words that names nothing, is in no article, and is a small
 *       misspelling of a known name (Austen, Kissenger) is searched as that name, and the query says so.</li>
 *   <li>Bare English stop words are dropped unless nothing else is left.</li>
 * </ul>
 */
final class QueryParser {

    static final int MAX_QUERY_CHARS = 500;
    static final int MAX_CLAUSES = 24;
    static final int MAX_ALTERNATIVES = 24;
    private static final int MAX_NAME_WORDS = 8;
    private static final int MAX_CORRECTED_WORDS = 4;
    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private final TextAnalyzer analyzer;
    private final Thesaurus thesaurus;

    QueryParser(TextAnalyzer analyzer, Thesaurus thesaurus) {
        this.analyzer = analyzer;
        this.thesaurus = thesaurus;
    }

    /** Parses as if no typed word were in any article: every misspelling of a known name is corrected. */
    ParsedQuery parse(String text) throws InvalidQueryException {
        return parse(text, terms -> false);
    }

    /**
     * @param indexed whether a phrase of analyzer terms is in some article; a typed run that is is never corrected
     */
    ParsedQuery parse(String text, Predicate<List<String>> indexed) throws InvalidQueryException {
        List<String> notes = new ArrayList<>();
        String clean = QueryText.clean(text);
        if (clean.isBlank()) {
            throw new InvalidQueryException("Type a word or phrase to search for.");
        }
        if (clean.codePointCount(0, clean.length()) > MAX_QUERY_CHARS) {
            clean = clean.substring(0, clean.offsetByCodePoints(0, MAX_QUERY_CHARS));
            notes.add("The query was cut to its first " + MAX_QUERY_CHARS + " characters.");
        }
        List<QueryLexer.Item> items = QueryLexer.lex(clean);
        List<Draft> drafts = expand(items, indexed);
        List<Clause> clauses = clausesOf(drafts);
        if (clauses.size() > MAX_CLAUSES) {
            clauses = clauses.subList(0, MAX_CLAUSES);
            notes.add("Only the first " + MAX_CLAUSES + " terms were used.");
        }
        if (clauses.stream().allMatch(Clause::excluded)) {
            throw new InvalidQueryException(clauses.isEmpty()
                    ? "Nothing to search for: the query has no letters, digits or Chinese characters."
                    : "Add a word to look for: a search cannot consist of -excluded words only.");
        }
        if (hasLoneHanCharacter(clauses)) {
            notes.add("A single Chinese character matches only where it stands alone; "
                    + "type two or more characters to find words.");
        }
        return new ParsedQuery(clauses, notes);
    }

    /** A clause before OR-merging and stop-word removal. */
    private record Draft(Clause clause, boolean orBefore, boolean stopWord) {
    }

    /** Finds known names among the items, longest run of words first, then misspellings of known names. */
    private List<Draft> expand(List<QueryLexer.Item> items, Predicate<List<String>> indexed) {
        List<Draft> drafts = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            QueryLexer.Item first = items.get(i);
            int run = first.quoted() ? 1 : plainRun(items, i);
            int taken = 1;
            List<Concept> concepts = List.of();
            String corrected = "";
            for (int len = Math.min(MAX_NAME_WORDS, run); len >= 1 && concepts.isEmpty(); len--) {
                concepts = thesaurus.lookup(joined(items, i, len));
                taken = len;
            }
            if (concepts.isEmpty() && !first.quoted() && !first.excluded()) {
                for (int len = Math.min(MAX_CORRECTED_WORDS, run); len >= 1 && concepts.isEmpty(); len--) {
                    String typed = joined(items, i, len);
                    var near = thesaurus.correction(typed);
                    if (near.isPresent() && !indexed.test(terms(typed))) {
                        concepts = List.of(near.get().concept());
                        corrected = near.get().name();
                        taken = len;
                    }
                }
            }
            if (concepts.isEmpty()) {
                taken = 1;
            }
            String typed = joined(items, i, taken);
            Clause clause = concepts.isEmpty()
                    ? plain(typed, first.excluded())
                    : named(typed, concepts, corrected, first.excluded());
            boolean stop = concepts.isEmpty() && !first.quoted() && !first.excluded()
                    && STOP_WORDS.contains(typed.toLowerCase(Locale.ROOT));
            if (clause != null) {
                drafts.add(new Draft(clause, first.orBefore(), stop));
            }
            i += taken;
        }
        return drafts;
    }

    /** Letters or digits on both sides of a hyphen, dash or slash: the mark that joins the parts of one word. */
    private static final java.util.regex.Pattern JOINER =
            java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N}])[-‐‑‒–—/／－](?=[\\p{L}\\p{N}])");

    /** A text, and a hyphenated or slashed one also written together (mil-mil, milmil; Indo-Pacific, IndoPacific). */
    private static void addSpellings(List<String> texts, String text) {
        texts.add(text);
        String together = JOINER.matcher(text).replaceAll("");
        if (!together.equals(text)) {
            texts.add(together);
        }
    }

    /** A word as typed, in its spellings. */
    private Clause plain(String typed, boolean excluded) {
        List<String> texts = new ArrayList<>();
        addSpellings(texts, typed);
        Map<Phrase, String> written = new LinkedHashMap<>();
        List<Phrase> phrases = phrases(texts, written);
        return phrases.isEmpty() ? null
                : new Clause(typed, phrases, excluded, "", "", Map.of(), Set.of(), Map.of(), Set.of());
    }

    /** A run that names concepts: what was typed, then every name of every concept. */
    private Clause named(String typed, List<Concept> concepts, String corrected, boolean excluded) {
        List<String> texts = new ArrayList<>();
        addSpellings(texts, typed);
        Set<String> labels = new LinkedHashSet<>();
        List<String> guardedNames = new ArrayList<>();
        List<String> friends = new ArrayList<>();
        List<String> contextNames = new ArrayList<>();
        for (Concept c : concepts) {
            labels.add(c.label());
            contextNames.addAll(c.needsContext());
            c.names().forEach(n -> addSpellings(texts, n));
            if (c.kind() == Concept.Kind.PERSON) {
                c.names().stream().filter(QueryParser::hasHan).forEach(guardedNames::add);
            }
            friends.addAll(c.falseFriends());
        }
        Map<Phrase, String> written = new LinkedHashMap<>();
        List<Phrase> phrases = phrases(texts, written);
        if (phrases.isEmpty()) {
            return null;
        }
        written.remove(phrases.get(0)); // the typed text is shown as typed
        Set<Phrase> guarded = new LinkedHashSet<>();
        for (String name : guardedNames) {
            Phrase p = phrase(name);
            if (p != null && phrases.contains(p)) {
                guarded.add(p);
            }
        }
        Map<Phrase, String> falseFriends = new LinkedHashMap<>();
        for (String f : friends) {
            Phrase p = phrase(f);
            if (p != null) {
                falseFriends.putIfAbsent(p, f);
            }
        }
        Set<Phrase> needsContext = new LinkedHashSet<>();
        for (String name : contextNames) {
            Phrase p = phrase(name);
            if (p != null && phrases.contains(p)) {
                needsContext.add(p);
            }
        }
        return new Clause(typed, phrases, excluded, String.join(Clause.LABEL_SEPARATOR, labels), corrected, written,
                guarded, falseFriends, needsContext);
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /**
     * How many items from {@code from} may together form a name: the first one (excluded or not, unless quoted),
     * then plain words up to the next quote, exclusion or OR.
     */
    private static int plainRun(List<QueryLexer.Item> items, int from) {
        int n = 0;
        while (from + n < items.size()) {
            QueryLexer.Item item = items.get(from + n);
            if (item.quoted() || n > 0 && (item.excluded() || item.orBefore())) {
                break;
            }
            n++;
        }
        return n;
    }

    private static String joined(List<QueryLexer.Item> items, int from, int len) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < from + len; k++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(items.get(k).text());
        }
        return out.toString();
    }

    private List<String> terms(String text) {
        return analyzer.tokens(text).stream().map(Token::term).toList();
    }

    private Phrase phrase(String text) {
        List<String> terms = terms(text);
        return terms.isEmpty() ? null : new Phrase(terms);
    }

    /** Analyzes each text into a phrase, dropping repeats and texts with nothing searchable; notes who wrote each. */
    private List<Phrase> phrases(List<String> texts, Map<Phrase, String> written) {
        Set<Phrase> seen = new LinkedHashSet<>();
        for (String text : texts) {
            Phrase p = phrase(text);
            if (p != null && seen.add(p)) {
                written.put(p, text);
            }
            if (seen.size() == MAX_ALTERNATIVES) {
                break;
            }
        }
        return List.copyOf(seen);
    }

    private static List<Clause> clausesOf(List<Draft> drafts) {
        boolean onlyStopWords = drafts.stream().filter(d -> !d.clause().excluded()).allMatch(Draft::stopWord);
        List<Clause> clauses = new ArrayList<>();
        for (Draft draft : drafts) {
            if (draft.stopWord() && !onlyStopWords) {
                continue;
            }
            Clause c = draft.clause();
            Clause last = clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
            if (draft.orBefore() && !c.excluded() && last != null && !last.excluded()) {
                clauses.set(clauses.size() - 1, union(last, c));
            } else {
                clauses.add(c);
            }
        }
        return clauses;
    }

    private static Clause union(Clause a, Clause b) {
        Set<Phrase> all = new LinkedHashSet<>(a.alternatives());
        all.addAll(b.alternatives());
        Map<Phrase, String> written = new LinkedHashMap<>(b.written());
        written.putAll(a.written());
        Set<Phrase> guarded = new LinkedHashSet<>(a.guarded());
        guarded.addAll(b.guarded());
        Map<Phrase, String> friends = new LinkedHashMap<>(b.falseFriends());
        friends.putAll(a.falseFriends());
        Set<Phrase> needsContext = new LinkedHashSet<>(a.needsContext());
        needsContext.addAll(b.needsContext());
        String label = a.label().isEmpty() ? b.label()
                : b.label().isEmpty() ? a.label() : a.label() + Clause.LABEL_SEPARATOR + b.label();
        String corrected = a.corrected().isEmpty() ? b.corrected() : a.corrected();
        return new Clause(a.typed() + " OR " + b.typed(), all.stream().limit(MAX_ALTERNATIVES).toList(), false, label,
                corrected, written, guarded, friends, needsContext);
    }

    private static boolean hasLoneHanCharacter(List<Clause> clauses) {
        return clauses.stream()
                .flatMap(c -> c.alternatives().stream())
                .flatMap(p -> p.terms().stream())
                .anyMatch(t -> t.codePointCount(0, t.length()) == 1
                        && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN);
    }
}
