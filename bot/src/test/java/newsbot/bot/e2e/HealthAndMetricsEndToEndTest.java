package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsbot.bot.telegram.FakeTelegramServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /health and GET /metrics from a running `newsbot run` (a child JVM) with server.port set. */
class HealthAndMetricsEndToEndTest {
    static final String TOKEN = "123456:TEST-FAKE-TOKEN-not-real";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    FakeTelegramServer fake;
    NewsbotWorld world;
    Process process;
    List<String> lines = List.of();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void setUp() throws Exception {
        fake = new FakeTelegramServer();
        world = NewsbotWorld.create(tmp, fake.url().toString(), "http://127.0.0.1:9/api/");
        Files.writeString(world.configFile, Files.readString(world.configFile) + "server:\n  port: 0\nschedule:\n  debounce-seconds: 1\n");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        fake.close();
        world.close();
    }

    /** Starts `run` and returns the base URL the "newsbot serving" line gives. */
    String run(Map<String, String> env) throws Exception {
        ChildRun child = ChildRun.start(tmp, world.configFile, env);
        process = child.process();
        lines = child.lines();
        String prefix = "newsbot serving /health and /metrics on ";
        return child.awaitLine(prefix, WAIT).substring(prefix.length());
    }

    HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsOkWithEachAdapterTheLastIngestAndTheBacklog() throws Exception {
        String base = run(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));
        assertThat(base).startsWith("http://127.0.0.1:");

        HttpResponse<String> r = get(base + "/health");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode h = JSON.readTree(r.body());
        assertThat(h.path("status").asText()).isEqualTo("ok");
        assertThat(h.path("adapters").path("telegram").path("status").asText()).isEqualTo("up");
        assertThat(h.path("adapters").path("telegram").path("detail").asText()).isEqualTo("@" + FakeTelegramServer.BOT_USERNAME);
        assertThat(h.path("lastIngest").path("result").asText()).isEqualTo("ok");
        assertThat(h.path("lastIngest").path("added").asInt()).isEqualTo(19);
        assertThat(h.path("lastIngest").path("finished").asText()).isNotBlank();
        assertThat(h.path("outboxBacklog").asInt()).isZero();
        assertThat(h.path("pausedChats").isArray()).isTrue();
        assertThat(r.body()).doesNotContain("TEST-FAKE-TOKEN");
    }

    @Test
    void metricsArePrometheusTextFromTheRunningBot() throws Exception {
        String base = run(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));
        fake.privateMessage(1001, "/search 董军", "zh");
        await().atMost(WAIT).until(() -> !fake.sentTo("1001").isEmpty());

        HttpResponse<String> r = get(base + "/metrics");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(r.body()).contains("# HELP newsbot_ingest_duration_seconds Ingest runs and how long they took",
                "newsbot_ingest_duration_seconds_count{result=\"ok\"} 1",
                "newsbot_ingest_files_total{outcome=\"added\"} 19.0",
                "newsbot_outbox_backlog 0.0",
                "newsbot_adapter_up{platform=\"telegram\"} 1.0",
                "newsbot_command_duration_seconds_count{command=\"search\"} 1",
                "jvm_memory_used_bytes");
    }

    @Test
    void healthIs503WhenTelegramRefusesTheTokenWhileRunning() throws Exception {
        String base = run(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));
        assertThat(get(base + "/health").statusCode()).isEqualTo(200);

        fake.rejectToken(TOKEN); // revoked in BotFather: the next getUpdates is answered 401

        await().atMost(WAIT).until(() -> get(base + "/health").statusCode() == 503);
        JsonNode h = JSON.readTree(get(base + "/health").body());
        assertThat(h.path("status").asText()).isEqualTo("down");
        assertThat(h.path("adapters").path("telegram").path("status").asText()).isEqualTo("down");
        assertThat(h.path("adapters").path("telegram").path("detail").asText()).contains("401");
        assertThat(get(base + "/metrics").body()).contains("newsbot_adapter_up{platform=\"telegram\"} 0.0");
    }

    @Test
    void healthIs503WhenTelegramRefusedTheTokenAtStart() throws Exception {
        fake.rejectToken(TOKEN);
        String base = run(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));

        HttpResponse<String> r = get(base + "/health");

        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(r.body()).path("problems").get(0).asText()).startsWith("telegram: did not start: 401");
    }

    @Test
    void healthIs503WhenTheLastIngestFailed() throws Exception {
        String base = run(Map.of());
        assertThat(get(base + "/health").statusCode()).isEqualTo(200); // no token: no adapter is expected to run
        try (var files = Files.list(world.articles)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(world.articles); // the folder is gone: the next scan fails as a whole

        await().atMost(WAIT).until(() -> get(base + "/health").statusCode() == 503);
        assertThat(JSON.readTree(get(base + "/health").body()).path("lastIngest").path("result").asText())
                .isEqualTo("failed");
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        String base = run(Map.of());

        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(get(base + "/nothing").statusCode()).isEqualTo(404);
    }
}
