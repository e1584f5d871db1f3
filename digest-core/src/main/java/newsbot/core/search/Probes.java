package newsbot.core.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a query's phrases need to find in a piece of text before it is worth analyzing, and the
 * phrases by their first term. A probe may let through text without a match, never the reverse.
 *
 * <ul>
 * <li>A Han first term (a bigram or a lone character) can only match where it is written
 *     literally: the analyzer passes Han characters through unchanged.
 * <li>An English first term is a lowercased Porter stem. Porter rewrites only the end of a word
 *     and never the first three letters of what it keeps, so the stem's first letters (up to three,
 *     never its last, and only up to the first char that is not a–z or 0–9) appear in the text in
 *     some case. Text with letters or digits the analyzer
 *     may fold into ASCII (é, fullwidth Ａ and ３, İ) is analyzed whatever it holds.
 * <li>Any other first term (a number, kana) needs a letter or digit that is not Han.
 * </ul>
 * A char outside the BMP always lets text through, so rare scripts are analyzed, never skipped.
 */
final class Probes {

    /** A phrase of the query and the index of the clause it belongs to. */
    record Candidate(Phrase phrase, int clause) {
    }

    private static final int STEM_PREFIX = 3;

    private final Map<String, List<Candidate>> byFirstTerm;
    /** Han terms and English stem prefixes, searched in text whose A–Z are lowercased. */
    private final List<String> literals;
    private final boolean hasEnglish;
    private final boolean hasOther;

    private Probes(Map<String, List<Candidate>> byFirstTerm, List<String> literals, boolean hasEnglish,
            boolean hasOther) {
        this.byFirstTerm = byFirstTerm;
        this.literals = literals;
        this.hasEnglish = hasEnglish;
        this.hasOther = hasOther;
    }

    static Probes of(List<Clause> clauses) {
        Map<String, List<Candidate>> byFirstTerm = new HashMap<>();
        List<String> literals = new ArrayList<>();
        boolean hasEnglish = false;
        boolean hasOther = false;
        for (int c = 0; c < clauses.size(); c++) {
            for (Phrase phrase : clauses.get(c).alternatives()) {
                String first = phrase.terms().get(0);
                byFirstTerm.computeIfAbsent(first, k -> new ArrayList<>()).add(new Candidate(phrase, c));
                String literal = null;
                if (isAllHan(first)) {
                    literal = first;
                } else if (isAsciiWord(first) && !stemPrefix(first).isEmpty()) {
                    literal = stemPrefix(first);
                    hasEnglish = true;
                } else {
                    hasOther = true;
                }
                if (literal != null && !literals.contains(literal)) {
                    literals.add(literal);
                }
            }
        }
        return new Probes(byFirstTerm, List.copyOf(literals), hasEnglish, hasOther);
    }

    List<Candidate> startingWith(String term) {
        return byFirstTerm.getOrDefault(term, List.of());
    }

    /** A pass over one text, chunk after chunk from its start. */
    Scan scan(String text) {
        return new Scan(text);
    }

    /** Finds each literal's next occurrence once, so a text is searched once per literal, not once per chunk. */
    final class Scan {
        private final String text;
        private final String lowered;
        private final int[] next;

        private Scan(String text) {
            this.text = text;
            this.lowered = hasEnglish ? asciiLowerCase(text) : text;
            this.next = new int[literals.size()];
            for (int i = 0; i < next.length; i++) {
                next[i] = lowered.indexOf(literals.get(i));
            }
        }

        /** False only when no phrase can match inside text[from, to); chunks must come in order. */
        boolean mayMatch(int from, int to) {
            boolean found = false;
            for (int i = 0; i < next.length; i++) {
                String literal = literals.get(i);
                if (next[i] >= 0 && next[i] < from) {
                    next[i] = lowered.indexOf(literal, from);
                }
                if (next[i] >= 0 && next[i] + literal.length() <= to) {
                    found = true;
                }
            }
            return found || (hasEnglish || hasOther) && hasOtherKind(from, to);
        }

        /** Non-ASCII letters or digits the analyzer may fold into ASCII, or, for other terms, any non-Han letter or digit. */
        private boolean hasOtherKind(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    if (hasOther && Character.isLetterOrDigit(c)) {
                        return true;
                    }
                } else if (Character.isSurrogate(c)) {
                    return true;
                } else if (!isHan(c) && (Character.isAlphabetic(c) || Character.isLetter(c) || isNumber(c))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Lowercases A–Z only, so every offset stays where it was. */
    private static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
    }

    private static boolean isNumber(char c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * The stem's first letters or digits, up to three and never its last char, stopping at anything else:
     * the analyzer folds ’ and ＇ to ', so O’Brien's term o'brien has only "o" written as such.
     */
    private static String stemPrefix(String term) {
        int end = Math.max(1, Math.min(STEM_PREFIX, term.length() - 1));
        for (int i = 0; i < end; i++) {
            char c = term.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return term.substring(0, i);
            }
        }
        return term.substring(0, end);
    }

    private static boolean isAsciiWord(String term) {
        boolean letter = false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letter = true;
            } else if (c >= 0x80 || Character.isUpperCase(c)) {
                return false;
            }
        }
        return letter;
    }

    private static boolean isAllHan(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (!isHan(term.charAt(i))) {
                return false;
            }
        }
        return !term.isEmpty();
    }

    /**
     * A Han ideograph of the BMP: a quick table lookup, where the Unicode script of a char is a
     * binary search. Surrogate halves are not Han here: rare characters are analyzed, never skipped.
     */
    static boolean isHan(char c) {
        return Character.isIdeographic(c) && !Character.isSurrogate(c);
    }
}
