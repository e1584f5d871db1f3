package newsbot.bot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import newsbot.bot.http.GuardedHttpServer;
import newsbot.bot.http.HttpAnswer;
import newsbot.bot.http.HttpCall;
import newsbot.bot.metrics.BotMetrics;

/** {@code GET /health} (JSON, 200 or 503) and {@code GET /metrics} (Prometheus text) on a {@link GuardedHttpServer}. */
public final class OpsEndpoints {
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OpsEndpoints() {
    }

    public static void mount(GuardedHttpServer server, Supplier<Health> health, BotMetrics metrics) {
        server.mount("/health", call -> {
            if (!readOnly(call)) {
                return notAllowed();
            }
            Health h = health.get();
            return new HttpAnswer(h.httpStatus(), "application/json", JSON.writeValueAsBytes(h.json()),
                    Map.of("Cache-Control", List.of("no-store")));
        });
        server.mount("/metrics", call -> readOnly(call)
                ? new HttpAnswer(200, PROMETHEUS_TEXT, metrics.scrape().getBytes(StandardCharsets.UTF_8), Map.of())
                : notAllowed());
    }

    private static boolean readOnly(HttpCall call) {
        return call.method().equals("GET") || call.method().equals("HEAD");
    }

    private static HttpAnswer notAllowed() {
        HttpAnswer a = HttpAnswer.text(405, "GET only");
        return new HttpAnswer(405, a.contentType(), a.body(), Map.of("Allow", List.of("GET, HEAD")));
    }
}
