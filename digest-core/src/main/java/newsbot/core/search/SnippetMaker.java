package newsbot.core.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a window of original text around the best match and marks the matched words. Matches
 * are found by analyzing the text again and comparing terms, so highlights sit exactly on what
 * the index matched: 董军 is marked and 督军 is not; "talks" is marked for the query "talk".
 *
 * <p>Analysis is most of a search's cost, so only the lines and sentences that can hold a match
 * are analyzed (see {@link Probes}). A phrase that runs over a line or sentence end is therefore
 * not highlighted; the article still matches, and its snippet shows its other matches.
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

    /** A match of {@code phrase} of clause {@code clause} over chars [start, end). */
    private record Match(int start, int end, int clause, Phrase phrase) {
    }

    /**
     * The snippet, and which phrases of each clause the texts hold (as far as they were scanned).
     *
     * @param found for each clause, the phrases found, in the order first found
     */
    record Found(Snippet snippet, List<Set<Phrase>> found) {
    }

    /**
     * @param texts   candidate texts, best source first (section bodies, then the title)
     * @param clauses the query's required clauses, whose phrases are highlighted
     */
    Snippet snippet(List<String> texts, List<Clause> clauses) {
        return find(texts, clauses).snippet();
    }

    /** As {@link #snippet}, and what was found of each clause on the way. */
    Found find(List<String> texts, List<Clause> clauses) {
        List<Set<Phrase>> found = new ArrayList<>();
        clauses.forEach(c -> found.add(new LinkedHashSet<>()));
        String bestText = texts.isEmpty() ? "" : texts.get(0);
        Layout bestLayout = null;
        List<Match> bestMatches = List.of();
        int bestAnchor = 0;
        long bestScore = 0;
        Probes probes = Probes.of(clauses);
        for (String text : texts) {
            List<Match> matches = matches(text, probes);
            matches.forEach(m -> found.get(m.clause()).add(m.phrase()));
            if (matches.isEmpty()) {
                continue;
            }
            Layout layout = Layout.of(text);
            for (int a = 0; a < matches.size(); a++) {
                long score = windowScore(layout, matches, a);
                if (score > bestScore) {
                    bestScore = score;
                    bestText = text;
                    bestLayout = layout;
                    bestMatches = matches;
                    bestAnchor = a;
                }
            }
        }
        if (bestLayout == null) {
            return new Found(cut(bestText, Layout.of(bestText).window(0), List.of()), found);
        }
        return new Found(cut(bestText, bestLayout.window(bestMatches.get(bestAnchor).start()), bestMatches), found);
    }

    /** Which clauses match within the first {@code chars} chars of the text, by clause index. */
    boolean[] matchedWithin(String text, int chars, Probes probes, int clauses) {
        boolean[] in = new boolean[clauses];
        String head = text.length() <= chars ? text : text.substring(0, chars);
        for (Match m : matches(head, probes)) {
            in[m.clause()] = true;
        }
        return in;
    }

    private List<Match> matches(String text, Probes probes) {
        List<Match> out = new ArrayList<>();
        Probes.Scan scan = probes.scan(text);
        int from = 0;
        while (from < text.length() && out.size() < MAX_MATCHES) {
            int to = TextAnalyzer.chunkEnd(text, from);
            if (scan.mayMatch(from, to)) {
                addMatches(text.substring(from, to), from, probes, out);
            }
            from = to;
        }
        return out;
    }

    private void addMatches(String chunk, int offset, Probes probes, List<Match> out) {
        List<Token> tokens = analyzer.tokens(chunk);
        for (int i = 0; i < tokens.size() && out.size() < MAX_MATCHES; i++) {
            for (Probes.Candidate candidate : probes.startingWith(tokens.get(i).term())) {
                List<String> terms = candidate.phrase().terms();
                if (startsAt(tokens, i, terms)) {
                    int end = tokens.get(i + terms.size() - 1).end();
                    out.add(new Match(offset + tokens.get(i).start(), offset + end, candidate.clause(), candidate.phrase()));
                }
            }
        }
    }

    private static boolean startsAt(List<Token> tokens, int i, List<String> terms) {
        if (i + terms.size() > tokens.size()) {
            return false;
        }
        for (int k = 1; k < terms.size(); k++) {
            if (!tokens.get(i + k).term().equals(terms.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Distinct clauses in the window that starts at match {@code a}, then the number of matches.
     * Matches come in text order, so only those from the window's start on are looked at.
     */
    private static long windowScore(Layout layout, List<Match> matches, int a) {
        Range window = layout.window(matches.get(a).start());
        int first = a;
        while (first > 0 && matches.get(first - 1).start() >= window.start()) {
            first--;
        }
        long clauses = 0;
        int count = 0;
        for (int i = first; i < matches.size() && matches.get(i).start() < window.end(); i++) {
            Match m = matches.get(i);
            if (m.end() <= window.end()) {
                clauses |= 1L << Math.min(m.clause(), 63);
                count++;
            }
        }
        return Long.bitCount(clauses) * 1000L + count;
    }

    /** How a text is measured for windows: in chars when mostly Chinese, else in words. */
    private record Layout(String text, boolean han, int[] wordStarts) {

        static Layout of(String text) {
            boolean han = isMostlyHan(text);
            return new Layout(text, han, han ? new int[0] : wordStarts(text));
        }

        Range window(int anchor) {
            return han ? charWindow(anchor) : wordWindow(anchor);
        }

        private Range charWindow(int anchor) {
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

        private Range wordWindow(int anchor) {
            int[] starts = wordStarts;
            if (starts.length == 0) {
                return new Range(0, 0);
            }
            int word = Arrays.binarySearch(starts, anchor);
            word = word >= 0 ? word : Math.max(0, -word - 2);
            int first = Math.max(0, word - WORDS_LEAD);
            int last = Math.min(starts.length, first + WORDS_WIDTH);
            first = Math.max(0, Math.min(first, last - WORDS_WIDTH));
            int to = last < starts.length ? starts[last] : text.length();
            while (to > 0 && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            return new Range(starts[first], to);
        }

        private static int[] wordStarts(String text) {
            int[] starts = new int[16];
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i;
                }
            }
            return Arrays.copyOf(starts, n);
        }

        static boolean isMostlyHan(String text) {
            int han = 0;
            int letters = 0;
            int limit = Math.min(text.length(), 2000);
            for (int i = 0; i < limit; i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Probes.isHan(c)) {
                        han++;
                    }
                }
            }
            return han * 3 > letters;
        }
    }

    /** Whether a text is mostly Chinese: measured in chars, not words. */
    static boolean isMostlyHan(String text) {
        return Layout.isMostlyHan(text);
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
