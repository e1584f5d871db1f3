package newsbot.bot.app;

import java.time.Clock;
import java.time.Duration;
import newsbot.bot.chat.RequestMemory;
import newsbot.core.delivery.SeenRequests;
import newsbot.core.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handled requests remembered in the database for {@link #KEEP}, the longest a signed Slack request stays acceptable
 * (its timestamp may be five minutes either side of now), so a replay after a restart is still known. When the
 * database cannot be written, a request counts as new: better answered twice than not at all.
 */
final class StoredRequestMemory implements RequestMemory {
    private static final Logger log = LoggerFactory.getLogger(StoredRequestMemory.class);
    static final Duration KEEP = Duration.ofMinutes(10);

    private final SeenRequests seen;
    private final Clock clock;

    StoredRequestMemory(SeenRequests seen, Clock clock) {
        this.seen = seen;
        this.clock = clock;
    }

    @Override
    public boolean firstSeen(String key) {
        try {
            return seen.firstSeen(key, clock.instant(), KEEP);
        } catch (StoreException e) {
            log.warn("cannot check for a repeated request: {}", e.getMessage());
            return true;
        }
    }
}
