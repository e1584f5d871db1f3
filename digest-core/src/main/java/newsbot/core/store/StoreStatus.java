package newsbot.core.store;

import java.time.Instant;
import java.util.Optional;

/**
 * How much the store holds, for /status.
 *
 * @param lastScan       when the last scan finished, if any
 * @param lastScanErrors files the last scan could not ingest
 */
public record StoreStatus(int articles, int relevant, int stories, long lastSeq, Optional<Instant> lastScan,
                          int lastScanErrors) {
}
