package newsbot.core.summary;

import java.util.ArrayList;
import java.util.List;
import newsbot.core.text.Language;

/**
 * Baseline: the first three sentences of the first article (after the shared cleaning), as many of
 * them as fit the budget in order; the first one cut when even it does not fit. Ignores what was
 * already sent.
 */
public final class Lead3 implements ExtractiveSummarizer {

    private static final int SENTENCES = 3;
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public Summary summarize(SummaryRequest request) {
        Language language = Language.of(request.language());
        List<Candidate> lead = CandidatePool.of(request, splitter).stream()
                .filter(c -> c.article() == 0).limit(SENTENCES).toList();
        if (lead.isEmpty()) {
            return Summary.empty(language);
        }
        int limit = request.budget().limit();
        List<Candidate> picked = new ArrayList<>();
        int used = 0;
        for (Candidate c : lead) {
            used += BudgetFitter.length(c.sentence().text(), language);
            if (used > limit) {
                break;
            }
            picked.add(c);
        }
        return picked.isEmpty() ? BudgetFitter.truncated(lead.get(0), limit, language) : BudgetFitter.inOrder(picked, language);
    }
}
