package newsbot.bot.chat;

import java.time.Duration;

/** What one call to a platform API did, as the adapters classify it. */
public sealed interface Attempt {

    /** Posted; {@code id} is the platform's message id (may be empty when the API does not return one). */
    record Ok(String id) implements Attempt {
    }

    /** The platform said 429: wait {@code retryAfter} (zero if it did not say how long). */
    record RateLimited(Duration retryAfter, String reason) implements Attempt {
    }

    /** A network error or a 5xx: may work if tried again. */
    record Transient(String reason) implements Attempt {
    }

    /** Will not work if tried again: 400, 403, chat not found, bot not in channel. */
    record Permanent(int code, String reason) implements Attempt {
    }
}
