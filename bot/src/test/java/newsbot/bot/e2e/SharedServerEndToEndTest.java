package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import newsbot.bot.slack.FakeSlackServer;
import newsbot.bot.slack.SlackRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slack's HTTP mode and /health + /metrics on one port: one guarded server carries /slack/events and both. */
class SharedServerEndToEndTest {
    static final String BOT_TOKEN = "fake-slack-bot-token-0000000000";
    static final String SIGNING_SECRET = "fake-signing-secret-0123456789";

    @TempDir
    Path tmp;
    FakeSlackServer fake;
    NewsbotWorld world;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSlackServer();
        world = NewsbotWorld.create(tmp, "http://127.0.0.1:9/", fake.apiUrl().toString());
        // the test world's Slack listens on port 0 (any free one): server.port 0 is "the same port"
        Files.writeString(world.configFile, Files.readString(world.configFile) + "server:\n  port: 0\n  host: 127.0.0.1\n");
        assertThat(world.live.reload().configProblems()).isEmpty();
        world.run(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", SIGNING_SECRET));
    }

    @AfterEach
    void stop() {
        world.close();
        fake.close();
    }

    @Test
    void slackEventsHealthAndMetricsShareThePort() throws Exception {
        int port = world.slackPort();
        assertThat(world.runtime.serverAddress()).hasValue("127.0.0.1:" + port);

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"slack\"", "HTTP on port " + port);

        SlackRequests slack = new SlackRequests(SIGNING_SECRET);
        String id = "r1";
        HttpResponse<String> ack = slack.post(port, SlackRequests.slashCommand("/latest", "", "C0CHAN", "U0ANN",
                fake.responseUrl(id), "trigger-1"), Instant.now(), Map.of());
        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> !fake.responses(id).isEmpty());

        HttpResponse<String> unsigned = slack.post(port, "token=x", "1", "v0=bad", Map.of());
        assertThat(unsigned.statusCode()).isEqualTo(401);

        String metrics = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("newsbot_command_duration_seconds_count{command=\"latest\"} 1",
                "newsbot_adapter_up{platform=\"slack\"} 1.0");
    }
}
