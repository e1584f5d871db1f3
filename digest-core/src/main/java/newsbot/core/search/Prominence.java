package newsbot.core.search;

import java.util.List;

/**
 * How much more an article is about what was searched than bm25 can tell: reporters name a story's subject in its
 * title or its first sentences, and a passing mention further down. Each required clause named in the title or in
 * the lead of a section (its first {@value #LEAD_HAN} characters when Chinese, {@value #LEAD_LATIN} otherwise, about
 * two sentences either way) adds its share of {@value #BOOST} to the factor the article's score is multiplied by.
 * Immutable and thread-safe.
 */
final class Prominence {
    static final double BOOST = 0.5;
    static final int LEAD_HAN = 160;
    static final int LEAD_LATIN = 400;

    private final SnippetMaker matcher;

    Prominence(SnippetMaker matcher) {
        this.matcher = matcher;
    }

    /**
     * @param title    the article's title
     * @param bodies   its sections' texts, each from its start (a lead longer than this is not read)
     * @param probes   the query's required clauses, as {@link Probes#of} made them
     * @param clauses  how many required clauses there are
     * @return 1, up to 1 + {@value #BOOST} when every clause is named in the title or a lead
     */
    double factor(String title, List<String> bodies, Probes probes, int clauses) {
        if (clauses == 0) {
            return 1;
        }
        boolean[] named = matcher.matchedWithin(title, title.length(), probes, clauses);
        for (String body : bodies) {
            boolean[] lead = matcher.matchedWithin(body, SnippetMaker.isMostlyHan(body) ? LEAD_HAN : LEAD_LATIN,
                    probes, clauses);
            for (int c = 0; c < clauses; c++) {
                named[c] |= lead[c];
            }
        }
        int count = 0;
        for (boolean b : named) {
            count += b ? 1 : 0;
        }
        return 1 + BOOST * count / clauses;
    }
}
