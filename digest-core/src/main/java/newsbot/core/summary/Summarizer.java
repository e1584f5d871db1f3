package newsbot.core.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsbot.core.text.Language;
import newsbot.core.text.TermVector;

/**
 * Our extractive summariser for a story of one or more articles.
 *
 * <p>Each candidate sentence (see the shared cleaning in {@code CandidatePool}) gets a salience
 * score mixing three normalised signals: <em>centrality</em> (mean cosine similarity of its TF-IDF
 * vector — character bigrams for Chinese, stemmed words for English — to every other sentence of
 * the story, so what several outlets repeat counts), a <em>position prior</em> (1/√(1+rank) within
 * its article: news puts the point first), <em>similarity to the headlines</em> and, when the request
 * says what the story is about, its <em>focus</em> ({@link SentenceFocus}: the event's people, kind of
 * contact and the topic's words a sentence names). Sentences are
 * then picked greedily by maximal marginal relevance, {@code λ·salience − (1−λ)·redundancy}, where
 * redundancy is the highest similarity to a sentence already picked or already sent. Sentences
 * too similar to one already sent (≥ the novelty threshold) are never picked, so a story that grew
 * yields only what is new, and an empty summary when nothing is.
 *
 * <p>The budget is never exceeded and sentences are never cut: one that does not fit is skipped
 * and a shorter one may take its place. Only when no whole sentence fits at all is the most
 * salient one cut at a clause boundary (，、；： , ; :) ending in "…", or, failing that, hard-cut
 * with "…"; {@link Summary#truncated()} then says so. Picked sentences come back in order of
 * appearance (article, then position).
 */
public final class Summarizer implements ExtractiveSummarizer {

    /**
     * @param positionWeight   share of the position prior in salience
     * @param titleWeight      share of headline similarity in salience (centrality gets the rest)
     * @param lambda           MMR trade-off: 1 ignores redundancy, 0 only avoids it
     * @param noveltyThreshold cosine similarity at or above which a sentence counts as already said
     */
    public record Settings(double positionWeight, double titleWeight, double lambda, double noveltyThreshold,
                           double focusWeight) {
        public Settings {
            if (positionWeight < 0 || titleWeight < 0 || focusWeight < 0
                    || positionWeight + titleWeight + focusWeight > 1) {
                throw new IllegalArgumentException("weights must be >= 0 and sum to at most 1");
            }
            if (lambda < 0 || lambda > 1 || noveltyThreshold <= 0 || noveltyThreshold > 1) {
                throw new IllegalArgumentException("lambda in [0,1], novelty threshold in (0,1]");
            }
        }

        /**
         * Weights from a grid search on the "tune" half of the benchmark references only (bench
         * {@code SummaryBench --tune}); the landscape is flat (R-1 44–45 over the top 15). λ matters
         * little on single articles; 0.7 keeps repeats out of multi-outlet stories.
         */
        public static Settings defaults() {
            return new Settings(0.5, 0.2, 0.7, 0.6, FOCUS_WEIGHT);
        }

        /** Settings without focus. */
        public Settings(double positionWeight, double titleWeight, double lambda, double noveltyThreshold) {
            this(positionWeight, titleWeight, lambda, noveltyThreshold, 0);
        }
    }

    private final Settings settings;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public Summarizer() {
        this(Settings.defaults());
    }

    /** Share of focus in salience, taken from centrality (see the README's summary figures for how it was chosen). */
    static final double FOCUS_WEIGHT = 0.2;

    /** Sentences after the first must reach this share of the first one's salience. */
    static final double FILLER_FLOOR = 0.5;

    public Summarizer(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Summary summarize(SummaryRequest request) {
        Language language = Language.of(request.language());
        List<Candidate> pool = CandidatePool.of(request, splitter);
        if (pool.isEmpty()) {
            return Summary.empty(language);
        }
        StoryVectors vectors = new StoryVectors(pool, request, language);
        double[] salience = salience(pool, vectors, request.focus());

        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            if (StoryVectors.maxCosine(vectors.candidates.get(i), vectors.sent) < settings.noveltyThreshold()) {
                open.add(i);
            }
        }
        if (open.isEmpty()) {
            return Summary.empty(language);
        }
        List<Integer> picked = pick(open, pool, vectors, salience, request.budget().limit(), language);
        if (!picked.isEmpty()) {
            return BudgetFitter.inOrder(picked.stream().map(pool::get).toList(), language);
        }
        return truncatedBest(open, pool, salience, request.budget().limit(), language);
    }

    private double[] salience(List<Candidate> pool, StoryVectors vectors, SentenceFocus sentenceFocus) {
        int n = pool.size();
        double[] centrality = vectors.summedSimilarity();
        double[] title = new double[n];
        double[] focus = new double[n];
        boolean focused = false;
        for (int i = 0; i < n; i++) {
            title[i] = StoryVectors.maxCosine(vectors.candidates.get(i), vectors.titles);
            focus[i] = sentenceFocus.of(pool.get(i).sentence().text());
            focused |= focus[i] > 0;
        }
        normalise(centrality);
        normalise(title);
        normalise(focus);
        double wp = settings.positionWeight();
        double wt = vectors.titles.isEmpty() ? 0 : settings.titleWeight();
        double wf = focused ? settings.focusWeight() : 0;
        double[] salience = new double[n];
        for (int i = 0; i < n; i++) {
            double position = 1 / Math.sqrt(1 + pool.get(i).rank());
            salience[i] = (1 - wp - wt - wf) * centrality[i] + wp * position + wt * title[i] + wf * focus[i];
        }
        return salience;
    }

    private List<Integer> pick(List<Integer> open, List<Candidate> pool, StoryVectors vectors,
                               double[] salience, int limit, Language language) {
        // redundancy[i]: highest similarity to anything said so far, updated as sentences are picked
        double[] redundancy = new double[pool.size()];
        int[] length = new int[pool.size()];
        for (int i : open) {
            redundancy[i] = StoryVectors.maxCosine(vectors.candidates.get(i), vectors.sent);
            length[i] = BudgetFitter.length(pool.get(i).sentence().text(), language);
        }
        List<Integer> remaining = new ArrayList<>(open);
        List<Integer> picked = new ArrayList<>();
        int room = limit;
        double floor = Double.NEGATIVE_INFINITY;
        while (true) {
            int roomLeft = room;
            double minSalience = floor;
            // A short, weak sentence that merely fits the room left reads as out of context: leave the room.
            remaining.removeIf(i -> length[i] > roomLeft || redundancy[i] >= settings.noveltyThreshold()
                    || salience[i] < minSalience);
            if (remaining.isEmpty()) {
                return picked;
            }
            int best = remaining.get(0);
            double bestValue = Double.NEGATIVE_INFINITY;
            for (int i : remaining) {
                double value = settings.lambda() * salience[i] - (1 - settings.lambda()) * redundancy[i];
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            remaining.remove(Integer.valueOf(best));
            if (picked.isEmpty()) {
                floor = FILLER_FLOOR * salience[best];
            }
            picked.add(best);
            room -= length[best];
            TermVector v = vectors.candidates.get(best);
            for (int i : remaining) {
                redundancy[i] = Math.max(redundancy[i], v.cosine(vectors.candidates.get(i)));
            }
        }
    }

    private static Summary truncatedBest(List<Integer> open, List<Candidate> pool, double[] salience, int limit, Language language) {
        int best = open.stream().max(Comparator.comparingDouble(i -> salience[i])).orElseThrow();
        return BudgetFitter.truncated(pool.get(best), limit, language);
    }

    private static void normalise(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, v);
        }
        if (max > 0) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= max;
            }
        }
    }
}
