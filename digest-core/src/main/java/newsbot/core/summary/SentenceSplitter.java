package newsbot.core.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.core.text.Terms;

/**
 * Splits Chinese, English and mixed text into sentences. Stateless and thread-safe.
 *
 * <p>Ends a sentence at 。！？；… and at ! ? ; and a full stop, keeping closing quotes and brackets
 * with the sentence they close. A blank line always ends a sentence; a single line break does not
 * (wrapped lines are joined). A full stop is not an end after a known abbreviation (U.S., Mr., Gen.,
 * e.g., Jan., a.m. ...), an initial (Charles Q. Brown), inside a number (3.5%), or when the next word
 * starts in lower case. An ellipsis inside an open quotation does not end the sentence: the speaker
 * is still talking.
 */
public final class SentenceSplitter {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u3000\\r]*\\n\\s*");

    private static final String CLOSERS = "”’」』）)]】》〉\"'";
    private static final String OPEN_QUOTES = "“「『";
    private static final String CLOSE_QUOTES = "”」』";

    // Lower-case, without the final dot; inner dots kept ("u.s", "e.g").
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "adm", "lt", "col", "maj", "capt", "cmdr", "sgt", "cpl",
            "rep", "sen", "gov", "pres", "st", "jr", "sr", "rev", "hon", "vs", "inc", "corp", "co", "ltd",
            "dept", "est", "approx", "fig", "vol", "ft", "mt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "a.m", "p.m", "d.c", "u.s.a", "ph.d");

    /** Splits {@code text}; returns no sentences for blank text. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int from = 0;
        int paragraph = 0;
        while (true) {
            boolean found = breaks.find();
            int to = found ? breaks.start() : text.length();
            if (!text.substring(from, to).isBlank()) {
                splitParagraph(text, from, to, paragraph++, out);
            }
            if (!found) {
                return out;
            }
            from = breaks.end();
        }
    }

    private void splitParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
        int sentenceStart = from;
        int quoteDepth = 0;
        boolean asciiQuoteOpen = false;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (OPEN_QUOTES.indexOf(c) >= 0) {
                quoteDepth++;
            } else if (CLOSE_QUOTES.indexOf(c) >= 0) {
                quoteDepth = Math.max(0, quoteDepth - 1);
            } else if (c == '"') {
                asciiQuoteOpen = !asciiQuoteOpen;
            }
            int end = sentenceEnd(text, i, to, quoteDepth > 0 || asciiQuoteOpen);
            if (end > i) {
                // closers absorbed into the sentence may have closed the quote
                for (int k = i + 1; k < end; k++) {
                    char q = text.charAt(k);
                    if (CLOSE_QUOTES.indexOf(q) >= 0) {
                        quoteDepth = Math.max(0, quoteDepth - 1);
                    } else if (q == '"') {
                        asciiQuoteOpen = !asciiQuoteOpen;
                    }
                }
                emit(text, sentenceStart, end, paragraph, out);
                sentenceStart = end;
                i = end;
            } else {
                i++;
            }
        }
        emit(text, sentenceStart, to, paragraph, out);
    }

    /** If a sentence ends at the terminator at {@code i}, the exclusive end (closers included); else {@code i}. */
    private int sentenceEnd(String text, int i, int to, boolean inQuote) {
        char c = text.charAt(i);
        switch (c) {
            case '。', '！', '？', '；', '!', '?', ';' -> {
                return absorbClosers(text, absorbRun(text, i, to), to);
            }
            case '…' -> {
                int end = absorbRun(text, i, to);
                return inQuote ? i : absorbClosers(text, end, to);
            }
            case '.' -> {
                return fullStopEnd(text, i, to, inQuote);
            }
            default -> {
                return i;
            }
        }
    }

    private int fullStopEnd(String text, int i, int to, boolean inQuote) {
        int runEnd = absorbRun(text, i, to);
        boolean ellipsis = runEnd - i >= 3;
        if (ellipsis && inQuote) {
            return i;
        }
        int end = absorbClosers(text, runEnd, to);
        if (end == to) {
            return ellipsis || !isAbbreviation(text, i) ? end : i;
        }
        char next = text.charAt(end);
        if (isCjk(next) && closesQuote(text, runEnd, end) && !isAbbreviation(text, i)) {
            return end; // 他说"Done."然后 — a closing quote then Chinese; not "Brown Jr.)和"
        }
        if (!Character.isWhitespace(next)) {
            return i; // 3.5, U.S, example.com, Jr.)和
        }
        int j = end;
        while (j < to && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j == to) {
            return end;
        }
        char following = text.charAt(j);
        if (Character.isLowerCase(following)) {
            return i;
        }
        if (ellipsis) {
            return end;
        }
        if (isAbbreviation(text, i) && !isCjk(following)) {
            return i;
        }
        if (isNumberAbbreviation(text, i) && Character.isDigit(following)) {
            return i; // No. 1
        }
        return end;
    }

    /** The word before the dot at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: Charles Q. Brown
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(lower) || ABBREVIATIONS.contains(stripLeadingDots(lower));
    }

    private static boolean isNumberAbbreviation(String text, int dot) {
        return dot >= 2 && text.substring(dot - 2, dot).equalsIgnoreCase("no")
                && (dot == 2 || !Character.isLetter(text.charAt(dot - 3)));
    }

    private static String stripLeadingDots(String s) {
        int k = 0;
        while (k < s.length() && s.charAt(k) == '.') {
            k++;
        }
        return s.substring(k);
    }

    /** Past a run of terminators ("？！", "……", "..."). */
    private static int absorbRun(String text, int i, int to) {
        int j = i + 1;
        while (j < to && "。！？!?…．.".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }

    private static boolean closesQuote(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if ("”’」』\"'".indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int absorbClosers(String text, int j, int to) {
        while (j < to && CLOSERS.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }

    private static void emit(String text, int from, int to, int paragraph, List<Sentence> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        String clean = collapseWhitespace(text.substring(from, to));
        if (!clean.isEmpty()) {
            out.add(new Sentence(clean, paragraph, out.size(), from));
        }
    }

    /** Whitespace runs become one space; a line break between two Chinese characters disappears. */
    static String collapseWhitespace(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                int j = i;
                boolean lineBreak = false;
                while (j < s.length() && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '\u3000')) {
                    lineBreak |= s.charAt(j) == '\n';
                    j++;
                }
                boolean joinCjk = lineBreak && b.length() > 0 && j < s.length()
                        && isCjk(b.charAt(b.length() - 1)) && isCjk(s.charAt(j));
                if (!joinCjk && b.length() > 0 && j < s.length()) {
                    b.append(' ');
                }
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    static boolean isCjk(char c) {
        return Terms.isHan(c)
                || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }
}
