package newsbot.bot.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import newsbot.core.ingest.IngestReport;

/**
 * One ingest of the running bot, as /health and the metrics report it.
 *
 * @param finished when it ended
 * @param took     how long it ran
 * @param report   its counts, when it completed
 * @param failure  why it failed as a whole (folder unusable, database error), when it did
 */
public record IngestRun(Instant finished, Duration took, Optional<IngestReport> report, Optional<String> failure) {
    public boolean ok() {
        return failure.isEmpty();
    }
}
