package newsbot.core.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import newsbot.core.text.Language;

/** Length arithmetic and the last-resort cut of a sentence that does not fit. */
final class BudgetFitter {

    static final String ELLIPSIS = "…";
    private static final String CLAUSE_MARKS = "，、：；,;:";

    private BudgetFitter() {
    }

    static int length(String text, Language language) {
        return LengthBudget.measure(text, language);
    }

    /**
     * Cuts {@code text} to at most {@code limit} units: at the last clause boundary (，、：； , ; :)
     * that fits, the mark replaced by "…"; failing that, a hard cut with "…". Empty when the limit
     * cannot hold even one unit and the ellipsis.
     */
    static Optional<String> truncate(String text, int limit, Language language) {
        if (length(text, language) <= limit) {
            return Optional.of(text);
        }
        if (language == Language.EN) {
            return truncateWords(text, limit);
        }
        if (limit < 2) {
            return Optional.empty();
        }
        int bestClause = -1;
        int used = 0;
        int hardCut = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            used++;
            if (used <= limit - 1) {
                hardCut = i + 1;
            }
            // the clause mark itself becomes the ellipsis, so the prefix before it must fit in limit - 1
            if (CLAUSE_MARKS.indexOf(c) >= 0 && used <= limit && i > 0) {
                bestClause = i;
            }
            if (used > limit) {
                break;
            }
        }
        // a clause that keeps less than a third of the room says too little: cut harder instead
        int cut = bestClause > 0 && length(text.substring(0, bestClause), Language.ZH) >= limit / 3 ? bestClause : hardCut;
        return Optional.of(text.substring(0, cut).stripTrailing() + ELLIPSIS);
    }

    private static Optional<String> truncateWords(String text, int limit) {
        String[] words = text.strip().split("\\s+");
        int clauseEnd = -1;
        for (int i = 0; i < Math.min(limit, words.length); i++) {
            char last = words[i].charAt(words[i].length() - 1);
            if (CLAUSE_MARKS.indexOf(last) >= 0) {
                clauseEnd = i;
            }
        }
        int keep = clauseEnd >= 0 ? clauseEnd + 1 : limit;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < keep; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(words[i]);
        }
        String cut = b.toString();
        if (clauseEnd >= 0) {
            cut = cut.substring(0, cut.length() - 1); // drop the comma; the ellipsis replaces it
        }
        return Optional.of(cut + ELLIPSIS);
    }

    /**
     * Takes candidates best first while they fit, skipping those that do not; returns them in order
     * of appearance. When none fits, the best one cut by {@link #truncate}.
     */
    static Summary fillGreedily(List<Candidate> bestFirst, int limit, Language language) {
        List<Candidate> picked = new ArrayList<>();
        int used = 0;
        for (Candidate c : bestFirst) {
            int length = length(c.sentence().text(), language);
            if (used + length <= limit) {
                picked.add(c);
                used += length;
            }
        }
        if (picked.isEmpty()) {
            return bestFirst.isEmpty() ? Summary.empty(language) : truncated(bestFirst.get(0), limit, language);
        }
        return inOrder(picked, language);
    }

    static Summary inOrder(List<Candidate> picked, Language language) {
        List<Candidate> ordered = new ArrayList<>(picked);
        ordered.sort(Comparator.comparingInt(Candidate::article).thenComparingInt(Candidate::rank));
        return new Summary(ordered.stream().map(c -> new Excerpt(c.article(), c.sentence())).toList(), language.code(), false);
    }

    static Summary truncated(Candidate c, int limit, Language language) {
        Optional<String> cut = truncate(c.sentence().text(), limit, language);
        if (cut.isEmpty()) {
            return Summary.empty(language);
        }
        Sentence s = c.sentence();
        Sentence shortened = new Sentence(cut.get(), s.paragraph(), s.index(), s.start());
        return new Summary(List.of(new Excerpt(c.article(), shortened)), language.code(), true);
    }
}
