package newsbot.core.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a window of original text around the best match and marks the matched words. Matches
 * are found by analyzing the text again and comparing terms, so highlights sit exactly on what
 * the index matched: 董军 is marked and 督军 is not; "talks" is marked for the query "talk".
 */
final class SnippetMaker {

    private static final int CJK_WIDTH = 120;
    private static final int CJK_LEAD = 20;
    private static final int WORDS_WIDTH = 30;
    private static final int WORDS_LEAD = 6;
    private static final int MAX_MATCHES = 200;
    private static final String CUT = "…";

    private final TextAnalyzer analyzer;

    SnippetMaker(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A match of one phrase of clause {@code clause} over chars [start, end). */
    private record Match(int start, int end, int clause) {
    }

    /**
     * @param texts   candidate texts, best source first (section bodies, then the title)
     * @param clauses the query's required clauses, whose phrases are highlighted
     */
    Snippet snippet(List<String> texts, List<Clause> clauses) {
        String bestText = texts.isEmpty() ? "" : texts.get(0);
        List<Match> bestMatches = List.of();
        int bestAnchor = -1;
        long bestScore = 0;
        for (String text : texts) {
            List<Match> matches = matches(text, clauses);
            for (int a = 0; a < matches.size(); a++) {
                long score = windowScore(text, matches, a);
                if (score > bestScore) {
                    bestScore = score;
                    bestText = text;
                    bestMatches = matches;
                    bestAnchor = a;
                }
            }
        }
        int anchor = bestAnchor < 0 ? 0 : bestMatches.get(bestAnchor).start();
        return cut(bestText, window(bestText, anchor), bestMatches);
    }

    private List<Match> matches(String text, List<Clause> clauses) {
        List<Token> tokens = analyzer.tokens(text);
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < tokens.size() && out.size() < MAX_MATCHES; i++) {
            for (int c = 0; c < clauses.size(); c++) {
                for (Phrase phrase : clauses.get(c).alternatives()) {
                    if (startsAt(tokens, i, phrase.terms())) {
                        int end = tokens.get(i + phrase.terms().size() - 1).end();
                        out.add(new Match(tokens.get(i).start(), end, c));
                    }
                }
            }
        }
        return out;
    }

    private static boolean startsAt(List<Token> tokens, int i, List<String> terms) {
        if (i + terms.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < terms.size(); k++) {
            if (!tokens.get(i + k).term().equals(terms.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Distinct clauses in the window that starts at match {@code a}, then the number of matches. */
    private long windowScore(String text, List<Match> matches, int a) {
        Range window = window(text, matches.get(a).start());
        long clauses = 0;
        int count = 0;
        for (Match m : matches) {
            if (m.start() >= window.start() && m.end() <= window.end()) {
                clauses |= 1L << Math.min(m.clause(), 63);
                count++;
            }
        }
        return Long.bitCount(clauses) * 1000L + count;
    }

    private static Range window(String text, int anchor) {
        return isMostlyHan(text) ? charWindow(text, anchor) : wordWindow(text, anchor);
    }

    private static Range charWindow(String text, int anchor) {
        int from = Math.max(0, anchor - CJK_LEAD);
        int to = Math.min(text.length(), from + CJK_WIDTH);
        from = Math.max(0, Math.min(from, to - CJK_WIDTH));
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return new Range(from, to);
    }

    private static Range wordWindow(String text, int anchor) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return new Range(0, 0);
        }
        int word = 0;
        while (word + 1 < starts.size() && starts.get(word + 1) <= anchor) {
            word++;
        }
        int first = Math.max(0, word - WORDS_LEAD);
        int last = Math.min(starts.size(), first + WORDS_WIDTH);
        first = Math.max(0, Math.min(first, last - WORDS_WIDTH));
        int to = last < starts.size() ? starts.get(last) : text.length();
        while (to > 0 && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Range(starts.get(first), to);
    }

    private static boolean isMostlyHan(String text) {
        int han = 0;
        int letters = 0;
        int limit = Math.min(text.length(), 2000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return han * 3 > letters;
    }

    /** The window's text with whitespace runs collapsed, and the matches inside it as ranges. */
    private static Snippet cut(String text, Range window, List<Match> matches) {
        StringBuilder out = new StringBuilder(window.end() - window.start() + 2);
        int[] at = new int[window.end() - window.start() + 1]; // original offset → snippet offset
        if (window.start() > 0) {
            out.append(CUT);
        }
        boolean space = false;
        boolean emitted = false;
        for (int i = window.start(); i < window.end(); i++) {
            char c = text.charAt(i);
            at[i - window.start()] = out.length();
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && emitted) {
                out.append(' ');
                at[i - window.start()] = out.length();
            }
            space = false;
            emitted = true;
            out.append(c);
        }
        at[window.end() - window.start()] = out.length();
        List<Range> highlights = new ArrayList<>();
        for (Match m : matches) {
            if (m.start() < window.start() || m.end() > window.end()) {
                continue;
            }
            int start = at[m.start() - window.start()];
            int end = at[m.end() - window.start()];
            if (!highlights.isEmpty() && highlights.get(highlights.size() - 1).end() >= start) {
                Range last = highlights.remove(highlights.size() - 1);
                highlights.add(new Range(last.start(), Math.max(last.end(), end)));
            } else {
                highlights.add(new Range(start, end));
            }
        }
        if (window.end() < text.length()) {
            out.append(CUT);
        }
        return new Snippet(out.toString(), highlights);
    }
}
