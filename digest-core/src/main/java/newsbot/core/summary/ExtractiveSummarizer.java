package newsbot.core.summary;

/** Picks sentences of a story within a length budget. Implementations are stateless and thread-safe. */
public interface ExtractiveSummarizer {

    /** Never cuts a sentence unless no whole one fits; see {@link Summary#truncated()}. */
    Summary summarize(SummaryRequest request);
}
