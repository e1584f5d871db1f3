package newsbot.core.summary;

import java.util.List;
import newsbot.core.text.Language;
import newsbot.core.text.TermVector;
import newsbot.core.text.Terms;
import newsbot.core.text.Vocabulary;

/** TF-IDF vectors of a story's candidates, its titles and the sentences already sent, on one IDF. */
final class StoryVectors {

    final List<TermVector> candidates;
    final List<TermVector> titles;
    final List<TermVector> sent;
    private final int dimensions;

    StoryVectors(List<Candidate> pool, SummaryRequest request, Language language) {
        Vocabulary vocabulary = new Vocabulary();
        List<int[]> docs = pool.stream().map(c -> vocabulary.idsOf(c.terms())).toList();
        List<int[]> titleIds = request.articles().stream().map(a -> vocabulary.idsOf(Terms.of(a.title(), language))).toList();
        List<int[]> sentIds = request.alreadySent().stream().map(s -> vocabulary.idsOf(Terms.of(s, language))).toList();
        dimensions = vocabulary.size();
        double[] idf = TermVector.idf(docs, dimensions);
        candidates = docs.stream().map(d -> TermVector.of(d, idf)).toList();
        titles = titleIds.stream().map(d -> TermVector.of(d, idf)).filter(v -> !v.isEmpty()).toList();
        sent = sentIds.stream().map(d -> TermVector.of(d, idf)).filter(v -> !v.isEmpty()).toList();
    }

    /**
     * Each candidate's summed cosine similarity to all the others, in O(total terms): the sum of
     * dot products with the others is the dot product with their sum, v·(S − v) = v·S − v·v.
     */
    double[] summedSimilarity() {
        double[] total = new double[dimensions];
        candidates.forEach(v -> v.addTo(total));
        double[] out = new double[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            TermVector v = candidates.get(i);
            out[i] = v.dot(total) - v.cosine(v);
        }
        return out;
    }

    static double maxCosine(TermVector v, List<TermVector> others) {
        double max = 0;
        for (TermVector o : others) {
            max = Math.max(max, v.cosine(o));
        }
        return max;
    }
}
