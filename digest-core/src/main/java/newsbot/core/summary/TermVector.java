package newsbot.core.summary;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sparse, L2-normalised TF-IDF vector; cosine similarity is a dot product. */
final class TermVector {

    private final Map<String, Double> weights;

    private TermVector(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** Sentence-level IDF over the given term lists: a story is its own corpus. */
    static Map<String, Double> idf(Collection<List<String>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> doc : documents) {
            doc.stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = documents.size();
        Map<String, Double> idf = new HashMap<>();
        df.forEach((t, d) -> idf.put(t, Math.log((n + 1.0) / (d + 0.5))));
        return idf;
    }

    static TermVector of(List<String> terms, Map<String, Double> idf) {
        Map<String, Double> w = new HashMap<>();
        for (String t : terms) {
            w.merge(t, 1.0, Double::sum);
        }
        double norm = 0;
        for (Map.Entry<String, Double> e : w.entrySet()) {
            // unseen terms (e.g. in already-sent sentences) get the weight of a rare term
            double v = (1 + Math.log(e.getValue())) * idf.getOrDefault(e.getKey(), Math.log(idf.size() + 2.0));
            e.setValue(v);
            norm += v * v;
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            w.replaceAll((t, v) -> v / len);
        }
        return new TermVector(w);
    }

    double cosine(TermVector other) {
        Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
        Map<String, Double> large = small == weights ? other.weights : weights;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double v = large.get(e.getKey());
            if (v != null) {
                dot += e.getValue() * v;
            }
        }
        return dot;
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }
}
