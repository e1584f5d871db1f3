package newsbot.core.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The analyser's terms as a PostgreSQL {@code tsvector} literal, positions and weights given, so PostgreSQL's own
 * parser never splits or stems them again: what FTS5 indexes on SQLite, PostgreSQL indexes here. Terms are split as
 * FTS5's {@code ascii} tokenizer splits them (on ASCII characters other than letters and digits; ASCII lowercased),
 * title terms weighted A and body terms D, and the body starts well after the title so that no phrase spans both.
 */
final class TsVector {
    /** FTS5's 'ascii' tokenizer: every non-ASCII character is part of a token, ASCII letters and digits too. */
    static final Pattern SEPARATORS = Pattern.compile("[\\x00-\\x2F\\x3A-\\x40\\x5B-\\x60\\x7B-\\x7F]+");
    /** PostgreSQL keeps positions up to this; later ones all read as this one. */
    private static final int MAX_POSITION = 16_383;
    /** PostgreSQL keeps at most this many positions per term. */
    private static final int MAX_POSITIONS = 256;
    /** Where the body's positions start after the title's: no phrase reaches across. */
    private static final int GAP = 64;
    /** A lexeme longer than this is refused by PostgreSQL (2 KB); no real term is near it. */
    private static final int MAX_LEXEME_BYTES = 2_000;

    private TsVector() {
    }

    /** The terms of a text as FTS5's tokenizer sees them. */
    static List<String> terms(String analysed) {
        List<String> out = new ArrayList<>();
        for (String t : SEPARATORS.split(analysed)) {
            if (!t.isEmpty()) {
                out.add(lowerAscii(t));
            }
        }
        return out;
    }

    /** How many terms the entry has, title and body, as FTS5 counts a row's tokens (for BM25's length). */
    static int size(IndexEntry entry) {
        return terms(entry.titleTerms()).size() + terms(entry.bodyTerms()).size();
    }

    static String of(IndexEntry entry) {
        Map<String, StringBuilder> positions = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int position = add(terms(entry.titleTerms()), 1, 'A', positions, counts);
        add(terms(entry.bodyTerms()), position + GAP, 'D', positions, counts);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, StringBuilder> e : positions.entrySet()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(quote(e.getKey())).append(':').append(e.getValue());
        }
        return out.toString();
    }

    private static int add(List<String> terms, int start, char weight, Map<String, StringBuilder> positions,
                           Map<String, Integer> counts) {
        int position = start;
        for (String term : terms) {
            if (term.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_LEXEME_BYTES
                    && counts.merge(term, 1, Integer::sum) <= MAX_POSITIONS) {
                StringBuilder p = positions.computeIfAbsent(term, k -> new StringBuilder());
                if (p.length() > 0) {
                    p.append(',');
                }
                p.append(Math.min(position, MAX_POSITION));
                if (weight != 'D') {
                    p.append(weight);
                }
            }
            position++;
        }
        return position;
    }

    /** A tsvector or tsquery lexeme: single-quoted, quotes and backslashes escaped. */
    static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static String lowerAscii(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, (char) (c + 32));
            }
        }
        return b == null ? s : b.toString();
    }
}
