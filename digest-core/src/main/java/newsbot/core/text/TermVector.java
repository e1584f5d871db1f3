package newsbot.core.text;

import java.util.List;

/** A sparse, L2-normalised TF-IDF vector over a story's {@link Vocabulary}; cosine is a merge of sorted ids. */
public final class TermVector {

    private final int[] ids;
    private final double[] weights;

    private TermVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    /**
     * Sentence-level IDF, log((n+1)/(df+0.5)), over the sorted id lists: a story is its own corpus.
     * Terms no candidate has (seen only in titles or sent sentences) weigh as much as the rarest
     * candidate term: heavier would let them swamp the few terms such a sentence shares.
     */
    public static double[] idf(List<int[]> documents, int vocabularySize) {
        int[] df = new int[vocabularySize];
        for (int[] doc : documents) {
            for (int id : Vocabulary.distinct(doc)) {
                df[id]++;
            }
        }
        int n = documents.size();
        double[] idf = new double[vocabularySize];
        for (int id = 0; id < vocabularySize; id++) {
            idf[id] = Math.log((n + 1.0) / (Math.max(df[id], 1) + 0.5));
        }
        return idf;
    }

    /** @param sortedIds ids with repeats, sorted */
    public static TermVector of(int[] sortedIds, double[] idf) {
        int[] distinct = Vocabulary.distinct(sortedIds);
        double[] w = new double[distinct.length];
        int k = 0;
        double norm = 0;
        for (int i = 0; i < sortedIds.length; ) {
            int j = i;
            while (j < sortedIds.length && sortedIds[j] == sortedIds[i]) {
                j++;
            }
            int id = sortedIds[i];
            double v = (1 + Math.log(j - i)) * idf[id];
            w[k++] = v;
            norm += v * v;
            i = j;
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            for (int i = 0; i < w.length; i++) {
                w[i] /= len;
            }
        }
        return new TermVector(distinct, w);
    }

    public double cosine(TermVector other) {
        int i = 0;
        int j = 0;
        double dot = 0;
        int[] a = ids;
        int[] b = other.ids;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                dot += weights[i++] * other.weights[j++];
            }
        }
        return dot;
    }

    /** Adds this vector into a dense one indexed by term id. */
    public void addTo(double[] dense) {
        for (int i = 0; i < ids.length; i++) {
            dense[ids[i]] += weights[i];
        }
    }

    public double dot(double[] dense) {
        double dot = 0;
        for (int i = 0; i < ids.length; i++) {
            dot += weights[i] * dense[ids[i]];
        }
        return dot;
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }
}
