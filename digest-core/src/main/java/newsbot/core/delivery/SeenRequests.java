package newsbot.core.delivery;

import java.time.Duration;
import java.time.Instant;
import newsbot.core.store.StoreException;

/** Keys of requests already handled, kept for a while in the database, so that a replay is known after a restart. */
public interface SeenRequests {

    /** Records {@code key}; true when it was not seen within the last {@code keep}, false for a repeat. */
    boolean firstSeen(String key, Instant now, Duration keep) throws StoreException;
}
