package newsbot.core.delivery;

import java.time.Instant;
import java.util.List;

/**
 * An outbox entry with parts still to post.
 *
 * @param id        the outbox id
 * @param fireTime  the schedule time it answers
 * @param partCount all parts, sent or not
 * @param attempts  failed delivery attempts so far
 * @param notBefore when it may be tried again after a failure
 * @param unsent    the parts not sent yet, in order (the first is the next to post)
 */
public record PendingDigest(long id, String subscriber, String platform, String chat, Instant fireTime, int partCount,
                            int attempts, Instant notBefore, List<Part> unsent) {
    public PendingDigest {
        unsent = List.copyOf(unsent);
    }

    /** One message of a digest: its position and the platform payload. */
    public record Part(int ordinal, String body) {
    }
}
