package newsbot.core.delivery;

/** How the outbox stands, for /status. */
public record OutboxCounts(int pending, int sent, int failed) {
}
