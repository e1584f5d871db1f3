package newsbot.core.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Turns any text a person typed into a {@link ParsedQuery}, or says why it cannot.
 *
 * <ul>
 *   <li>Each word or quoted phrase becomes a phrase of analyzer terms: 董军 is the bigram 董军,
 *       海上军事安全磋商机制 the consecutive bigrams 海上 上军 … 机制, "defense policy" two adjacent words.</li>
 *   <li>Words are ANDed; {@code -word} excludes; {@code a OR b} makes one clause of both.</li>
 *   <li>A word, a quoted phrase, or a run of up to {@value #MAX_NAME_WORDS} words that names
 *       an entity (Dong Jun, Shangri-La Dialogue) becomes an OR of all its names.</li>
 *   <li>Bare English stop words are dropped unless nothing else is left.</li>
 * </ul>
 */
final class QueryParser {

    static final int MAX_QUERY_CHARS = 500;
    static final int MAX_CLAUSES = 24;
    static final int MAX_ALTERNATIVES = 16;
    private static final int MAX_NAME_WORDS = 4;
    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private final TextAnalyzer analyzer;
    private final AliasExpander aliases;

    QueryParser(TextAnalyzer analyzer, AliasExpander aliases) {
        this.analyzer = analyzer;
        this.aliases = aliases;
    }

    ParsedQuery parse(String text) throws InvalidQueryException {
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
        List<Draft> drafts = expand(items);
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
    private record Draft(List<Phrase> alternatives, boolean excluded, boolean orBefore, boolean stopWord) {
    }

    /** Finds entity names among the items, longest run of plain words first. */
    private List<Draft> expand(List<QueryLexer.Item> items) {
        List<Draft> drafts = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            QueryLexer.Item first = items.get(i);
            int taken = 1;
            List<String> names = List.of();
            if (first.quoted() || first.excluded()) {
                names = aliasesOf(first.text());
            } else {
                for (int len = Math.min(MAX_NAME_WORDS, plainRun(items, i)); len >= 1; len--) {
                    names = aliasesOf(joined(items, i, len));
                    if (!names.isEmpty()) {
                        taken = len;
                        break;
                    }
                }
            }
            if (!names.isEmpty()) {
                List<String> all = new ArrayList<>();
                all.add(joined(items, i, taken));
                all.addAll(names);
                drafts.add(new Draft(phrases(all), first.excluded(), first.orBefore(), false));
            } else {
                boolean stop = !first.quoted() && !first.excluded()
                        && STOP_WORDS.contains(first.text().toLowerCase(Locale.ROOT));
                drafts.add(new Draft(phrases(List.of(first.text())), first.excluded(), first.orBefore(), stop));
            }
            i += taken;
        }
        return drafts;
    }

    private List<String> aliasesOf(String term) {
        List<String> names = aliases.aliases(term);
        return names == null ? List.of() : names;
    }

    /** How many items from {@code from} are plain words that may together form a name. */
    private static int plainRun(List<QueryLexer.Item> items, int from) {
        int n = 0;
        while (from + n < items.size()) {
            QueryLexer.Item item = items.get(from + n);
            if (item.quoted() || item.excluded() || (n > 0 && item.orBefore())) {
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

    /** Analyzes each text into a phrase, dropping duplicates and texts with nothing searchable. */
    private List<Phrase> phrases(List<String> texts) {
        Set<List<String>> seen = new LinkedHashSet<>();
        for (String text : texts) {
            List<String> terms = analyzer.tokens(text).stream().map(Token::term).toList();
            if (!terms.isEmpty()) {
                seen.add(terms);
            }
            if (seen.size() == MAX_ALTERNATIVES) {
                break;
            }
        }
        return seen.stream().map(Phrase::new).toList();
    }

    private static List<Clause> clausesOf(List<Draft> drafts) {
        List<Draft> kept = drafts.stream().filter(d -> !d.alternatives().isEmpty()).toList();
        boolean onlyStopWords = kept.stream().filter(d -> !d.excluded()).allMatch(Draft::stopWord);
        List<Clause> clauses = new ArrayList<>();
        for (Draft draft : kept) {
            if (draft.stopWord() && !onlyStopWords) {
                continue;
            }
            Clause last = clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
            if (draft.orBefore() && !draft.excluded() && last != null && !last.excluded()) {
                clauses.set(clauses.size() - 1, union(last, draft.alternatives()));
            } else {
                clauses.add(new Clause(draft.alternatives(), draft.excluded()));
            }
        }
        return clauses;
    }

    private static Clause union(Clause clause, List<Phrase> more) {
        Set<Phrase> all = new LinkedHashSet<>(clause.alternatives());
        all.addAll(more);
        return new Clause(all.stream().limit(MAX_ALTERNATIVES).toList(), false);
    }

    private static boolean hasLoneHanCharacter(List<Clause> clauses) {
        return clauses.stream()
                .flatMap(c -> c.alternatives().stream())
                .flatMap(p -> p.terms().stream())
                .anyMatch(t -> t.codePointCount(0, t.length()) == 1
                        && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN);
    }
}
