package newsbot.core.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsbot.core.parse.Section;
import newsbot.core.source.SourceFacts;
import newsbot.core.source.SourceKind;
import newsbot.core.source.SourceRules;
import newsbot.core.summary.ProseFilter;
import newsbot.core.text.Language;
import newsbot.core.text.TermVector;
import newsbot.core.text.Terms;
import newsbot.core.text.Vocabulary;

/**
 * A story's headline: the title of its most representative article in the reader's language — the one
 * whose title and lead are most like the others' (mean TF-IDF cosine of character bigrams or stemmed
 * words) — and among those about as central, an official source before news before commentary, then the
 * event's own representative article, then the earliest.
 */
final class Headlines {
    /** Centralities this close count as equal. */
    static final double EQUALLY_CENTRAL = 0.05;
    private static final int LEAD_CHARS = 200;

    private Headlines() {
    }

    /** The chosen article and the section whose title it gives. */
    record Choice(StoryArticleRow article, Section section) {
    }

    /**
     * @param articles the story's articles (copies are passed over)
     * @param language "zh", "en", or "source" for each article's first section
     * @param central  the event model's representative article, 0 when none
     */
    static Choice pick(List<StoryArticleRow> articles, String language, SourceRules rules, long central) {
        List<StoryArticleRow> originals = articles.stream().filter(a -> !a.copy()).toList();
        if (originals.isEmpty()) {
            originals = articles;
        }
        String wanted = language.equals("source") ? sectionOf(central(originals, central), "source").language() : language;
        List<StoryArticleRow> candidates = originals.stream().filter(a -> a.has(wanted)).toList();
        if (candidates.isEmpty()) {
            candidates = originals;
        }
        List<Section> sections = candidates.stream().map(a -> sectionOf(a, wanted)).toList();
        double[] centrality = centrality(sections);
        double top = 0;
        for (double c : centrality) {
            top = Math.max(top, c);
        }
        List<Integer> near = new ArrayList<>();
        for (int i = 0; i < centrality.length; i++) {
            if (centrality[i] >= top - EQUALLY_CENTRAL) {
                near.add(i);
            }
        }
        List<StoryArticleRow> pool = candidates;
        int chosen = near.stream().min(Comparator.comparingInt((Integer i) -> rank(kind(pool.get(i), rules)))
                .thenComparing(i -> pool.get(i).id() == central ? 0 : 1)
                .thenComparingDouble(i -> -centrality[i])
                .thenComparingLong(i -> pool.get(i).sortTime())).orElse(0);
        return new Choice(candidates.get(chosen), sections.get(chosen));
    }

    private static StoryArticleRow central(List<StoryArticleRow> articles, long central) {
        return articles.stream().filter(a -> a.id() == central).findFirst().orElse(articles.get(0));
    }

    private static Section sectionOf(StoryArticleRow a, String language) {
        return language.equals("source") ? a.sections().get(0) : a.section(language);
    }

    private static SourceKind kind(StoryArticleRow a, SourceRules rules) {
        return rules.resolve(new SourceFacts(a.path(), a.url(), a.named(), a.title())).kind();
    }

    private static int rank(SourceKind kind) {
        return switch (kind) {
            case OFFICIAL -> 0;
            case NEWS -> 1;
            case COMMENTARY -> 2;
        };
    }

    /** Each section's mean cosine to the others, by its title and the start of its prose; 0 for a lone one. */
    static double[] centrality(List<Section> sections) {
        int n = sections.size();
        double[] out = new double[n];
        if (n < 2) {
            return out;
        }
        Vocabulary vocabulary = new Vocabulary();
        List<int[]> docs = new ArrayList<>();
        for (Section s : sections) {
            Language language = s.language().equals("en") ? Language.EN : Language.ZH;
            String prose = ProseFilter.of(s.text());
            String lead = prose.substring(0, Math.min(LEAD_CHARS, prose.length()));
            docs.add(vocabulary.idsOf(Terms.of(s.title() + "\n" + lead, language)));
        }
        double[] idf = TermVector.idf(docs, vocabulary.size());
        List<TermVector> vectors = docs.stream().map(d -> TermVector.of(d, idf)).toList();
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    sum += vectors.get(i).cosine(vectors.get(j));
                }
            }
            out[i] = sum / (n - 1);
        }
        return out;
    }
}
