package newsbot.core.delivery;

import java.util.List;
import newsbot.core.digest.Digest;

/**
 * Turns a composed digest into the payloads of the messages to post, in order; the bot renders for the
 * subscription's platform. Called inside the compose transaction, so it must not block on the network.
 */
@FunctionalInterface
public interface DigestRendering {
    /** @return the message payloads; none when nothing is to be posted (an empty digest of a silent subscription) */
    List<String> render(Digest digest, SubscriptionSpec subscription);
}
