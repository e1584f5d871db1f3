package newsbot.core.delivery;

import java.util.Optional;

/**
 * What composing one fire of a subscription did.
 *
 * @param outboxId  the outbox entry holding the messages; empty when nothing is to be posted or the fire was done before
 * @param stories   stories in the digest
 * @param parts     messages to post
 * @param watermark the ingest sequence number the subscription's watermark now stands at
 * @param duplicate true when this fire had been composed already (nothing was done)
 */
public record Enqueued(Optional<Long> outboxId, int stories, int parts, long watermark, boolean duplicate) {
}
