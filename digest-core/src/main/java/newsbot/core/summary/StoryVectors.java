package newsbot.core.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** TF-IDF vectors of a story's candidates, its titles and the sentences already sent, on one IDF. */
final class StoryVectors {

    final List<TermVector> candidates;
    final List<TermVector> titles;
    final List<TermVector> sent;

    StoryVectors(List<Candidate> pool, SummaryRequest request, Language language) {
        List<List<String>> docs = new ArrayList<>();
        pool.forEach(c -> docs.add(c.terms()));
        Map<String, Double> idf = TermVector.idf(docs);
        candidates = pool.stream().map(c -> TermVector.of(c.terms(), idf)).toList();
        titles = request.articles().stream()
                .map(a -> TermVector.of(Terms.of(a.title(), language), idf))
                .filter(v -> !v.isEmpty()).toList();
        sent = request.alreadySent().stream()
                .map(s -> TermVector.of(Terms.of(s, language), idf))
                .filter(v -> !v.isEmpty()).toList();
    }

    static double maxCosine(TermVector v, List<TermVector> others) {
        double max = 0;
        for (TermVector o : others) {
            max = Math.max(max, v.cosine(o));
        }
        return max;
    }
}
