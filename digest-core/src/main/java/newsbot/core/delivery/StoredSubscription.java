package newsbot.core.delivery;

import java.time.Instant;
import java.util.Optional;

/**
 * A subscription as stored, with its delivery state.
 *
 * @param spec         what was asked for
 * @param lastFire     the schedule time of the last digest composed (its creation time before the first)
 * @param pausedReason why digests to this chat stopped (a permanent failure), if they did
 */
public record StoredSubscription(SubscriptionSpec spec, Instant lastFire, Optional<String> pausedReason) {
    public String subscriber() {
        return spec.subscriber();
    }

    public boolean paused() {
        return pausedReason.isPresent();
    }
}
