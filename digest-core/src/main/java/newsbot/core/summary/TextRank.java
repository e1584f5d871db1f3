package newsbot.core.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsbot.core.text.Language;
import newsbot.core.text.Terms;
import newsbot.core.text.Vocabulary;

/**
 * Baseline: TextRank sentence extraction (Mihalcea &amp; Tarau, 2004). Sentences are vertices; an
 * edge weighs the terms two sentences share, normalised by their lengths,
 * {@code |Si ∩ Sj| / (log|Si| + log|Sj|)}; weighted PageRank with damping 0.85 ranks them; the
 * top-ranked sentences that fit the budget are kept, in order of appearance. Terms are the same as
 * ours (bigrams for Chinese, words for English). Ignores what was already sent.
 */
public final class TextRank implements ExtractiveSummarizer {

    static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 200;
    private static final double CONVERGENCE = 1e-6;

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public Summary summarize(SummaryRequest request) {
        Language language = Language.of(request.language());
        List<Candidate> pool = CandidatePool.of(request, splitter);
        double[] rank = rank(pool);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -rank[i]).thenComparingInt(i -> i));
        return BudgetFitter.fillGreedily(order.stream().map(pool::get).toList(), request.budget().limit(), language);
    }

    static double[] rank(List<Candidate> pool) {
        int n = pool.size();
        double[][] w = new double[n][n];
        Vocabulary vocabulary = new Vocabulary();
        List<int[]> sets = pool.stream().map(c -> Vocabulary.distinct(vocabulary.idsOf(c.terms()))).toList();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                w[i][j] = w[j][i] = similarity(Vocabulary.shared(sets.get(i), sets.get(j)),
                        pool.get(i).terms().size(), pool.get(j).terms().size());
            }
        }
        double[] outWeight = new double[n];
        for (int j = 0; j < n; j++) {
            for (int k = 0; k < n; k++) {
                outWeight[j] += w[j][k];
            }
        }
        double[] score = new double[n];
        java.util.Arrays.fill(score, 1.0);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] next = new double[n];
            double change = 0;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (w[j][i] > 0) {
                        sum += w[j][i] / outWeight[j] * score[j];
                    }
                }
                next[i] = (1 - DAMPING) + DAMPING * sum;
                change = Math.max(change, Math.abs(next[i] - score[i]));
            }
            score = next;
            if (change < CONVERGENCE) {
                break;
            }
        }
        return score;
    }

    /** Shared terms over the sum of log lengths; 1 stands in for a zero denominator (two one-term sentences). */
    static double similarity(int shared, int lengthA, int lengthB) {
        if (shared == 0) {
            return 0;
        }
        double denominator = Math.log(lengthA) + Math.log(lengthB);
        return shared / (denominator > 0 ? denominator : 1);
    }
}
