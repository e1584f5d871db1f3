package newsbot.core.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import newsbot.core.store.StoreException;

/**
 * Subscriptions, watermarks and the outbox: everything scheduled delivery keeps. The SQL lives behind this
 * interface so that a second implementation (PostgreSQL, with {@code SELECT … FOR UPDATE SKIP LOCKED} for the
 * outbox) is a new class, not a rewrite.
 */
public interface DeliveryStore {

    /**
     * Makes the stored configuration subscriptions exactly {@code config}, in one transaction: new ones are added
     * (their watermark at what is already ingested), changed ones updated (paused ones stay paused), gone ones removed.
     * Chat subscriptions are left alone unless a configuration one takes over their chat.
     */
    void syncConfig(List<SubscriptionSpec> config, Instant now) throws StoreException;

    /** Adds or replaces a subscription asked for in a chat; a paused one is resumed. */
    void putChatSubscription(SubscriptionSpec spec, Instant now) throws StoreException;

    /** Removes a subscription (any origin); false when there was none. */
    boolean remove(String subscriber) throws StoreException;

    List<StoredSubscription> subscriptions() throws StoreException;

    Optional<StoredSubscription> subscription(String subscriber) throws StoreException;

    /**
     * In one transaction: unless {@code fireTime} was composed already, composes the digest of what was ingested
     * since the subscriber's watermark (leaving out sentences it was sent before), renders it, stores the parts in
     * the outbox, records the sentences as sent, advances the watermark and remembers the fire time.
     */
    Enqueued compose(String subscriber, Instant fireTime, DigestRendering rendering, Instant now) throws StoreException;

    /** The right to post one subscriber's outbox, held until closed. */
    interface Claim extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Claims the posting of {@code subscriber}'s outbox, so that across instances only one posts to a chat at a time
     * (on PostgreSQL a row lock, {@code FOR UPDATE}; SQLite serves one instance, whose sender keeps its own order).
     * With {@code wait} it waits for another holder; without, it is empty when another instance holds it
     * ({@code SKIP LOCKED}). A holder that dies releases it with its connection.
     */
    Optional<Claim> claim(String subscriber, boolean wait) throws StoreException;

    /** Outbox entries of {@code subscriber} with parts to post, oldest first, whether due or not. */
    List<PendingDigest> pending(String subscriber) throws StoreException;

    /** Subscribers with an outbox entry due at {@code now}. */
    List<String> subscribersDue(Instant now) throws StoreException;

    /** Marks one part posted (and the entry sent after its last part). One short write, right after the post. */
    void markSent(long outboxId, int ordinal, Instant now) throws StoreException;

    /** A retryable failure: try again not before {@code notBefore}. */
    void retryLater(long outboxId, String reason, Instant notBefore) throws StoreException;

    /**
     * A permanent failure: the entry fails and the subscription is paused with the reason, in one transaction; its
     * other pending entries fail too.
     */
    void pause(long outboxId, String subscriber, String reason, Instant now) throws StoreException;

    OutboxCounts counts() throws StoreException;
}
