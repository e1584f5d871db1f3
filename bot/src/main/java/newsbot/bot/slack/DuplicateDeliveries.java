package newsbot.bot.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import newsbot.bot.chat.RequestMemory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack re-sends a request it thinks went unanswered (X-Slack-Retry-Num), and a retry carries the same body (same
 * trigger_id), and a captured request can be replayed within its signature's five minutes. This middleware, placed after
 * signature verification so forged requests cannot fill it, acks a body it has seen recently with an empty 200 and
 * does not run the handlers again; `run` keeps the memory in the database, so it holds across a restart.
 */
final class DuplicateDeliveries implements Middleware {
    private static final Logger log = LoggerFactory.getLogger(DuplicateDeliveries.class);

    private final RequestMemory seen;

    DuplicateDeliveries(RequestMemory seen) {
        this.seen = Objects.requireNonNull(seen, "seen");
    }

    @Override
    @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes a raw Request
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        String body = req.getRequestBodyAsString();
        if (body == null || body.isEmpty()) {
            return chain.next(req);
        }
        if (!seen.firstSeen(sha256(body))) {
            log.info("slack: duplicate delivery (retry {}) acknowledged, not answered again",
                    req.getHeaders().getFirstValue("X-Slack-Retry-Num"));
            return Response.ok();
        }
        return chain.next(req);
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
