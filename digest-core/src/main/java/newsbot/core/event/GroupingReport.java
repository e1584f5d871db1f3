package newsbot.core.event;

/**
 * What one run of grouping did.
 *
 * @param compared articles compared for near-duplicates (those ingested since the last run)
 * @param regrouped false when nothing had changed since the last run, so the events were left as they were
 * @param articles relevant articles (originals) grouped
 * @param events   events they form
 * @param merged   events merged into older ones by this run
 * @param millis   how long it took
 */
public record GroupingReport(int compared, boolean regrouped, int articles, int events, int merged, long millis) {
}
