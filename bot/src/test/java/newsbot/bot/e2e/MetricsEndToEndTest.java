package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.bot.telegram.FakeTelegramServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meters a running bot keeps, read in the Prometheus text format as GET /metrics serves it. */
class MetricsEndToEndTest {
    static final String TOKEN = "123456:TEST-FAKE-TOKEN-not-real";
    static final long ADMIN = NewsbotWorld.TELEGRAM_ADMIN;
    static final long GROUP = -100200;
    static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path tmp;
    FakeTelegramServer fake;
    NewsbotWorld world;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeTelegramServer();
        world = NewsbotWorld.create(tmp, fake.url().toString(), "http://127.0.0.1:9/api/")
                .run(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));
    }

    @AfterEach
    void stop() {
        world.close();
        fake.close();
    }

    String scrape() {
        return world.runtime.metrics().scrape();
    }

    /** The value of one series, e.g. {@code newsbot_ingest_files_total{outcome="added"}}; -1 when absent. */
    double value(String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Test
    void theFirstIngestIsCountedAndTimed() {
        assertThat(value("newsbot_ingest_duration_seconds_count{result=\"ok\"}")).isEqualTo(1);
        assertThat(value("newsbot_ingest_files_total{outcome=\"added\"}")).isEqualTo(19);
        assertThat(value("newsbot_ingest_last_success_seconds")).isGreaterThan(1.7e9);
        assertThat(value("newsbot_adapter_up{platform=\"telegram\"}")).isEqualTo(1);
        assertThat(scrape()).doesNotContain("platform=\"slack\""); // no token: off by choice, not down
    }

    @Test
    void aFailedIngestIsCountedAsFailed() throws Exception {
        world.writeConfig(Files.readString(world.configFile).replace(world.articles.toString(),
                tmp.resolve("gone").toString()));
        world.live.reload();

        assertThat(value("newsbot_ingest_duration_seconds_count{result=\"failed\"}")).isEqualTo(1);
    }

    @Test
    void commandsAreTimedByNameSearchIncluded() {
        fake.privateMessage(1001, "/search 董军", "zh");
        fake.privateMessage(1001, "/frobnicate", "en");

        await().atMost(WAIT).until(() -> value("newsbot_command_duration_seconds_count{command=\"unknown\"}") == 1
                && value("newsbot_command_duration_seconds_count{command=\"search\"}") == 1);
        assertThat(scrape()).contains("newsbot_command_duration_seconds_bucket{command=\"search\",le=\"0.5\"}");
    }

    @Test
    void aDigestComposedAndSentIsCountedPerPlatformAndTheBacklogDrains() throws Exception {
        fake.groupMessage(GROUP, ADMIN, "/subscribe * * * * * ?");
        await().atMost(WAIT).until(() -> !fake.sentTo(Long.toString(GROUP)).isEmpty());
        Files.writeString(world.articles.resolve("new.md"), """
                # Dong Jun and Lloyd Austin hold a fifth video call

                ![x](https://example.test/images/2024/09/02/call.jpg)

                Chinese Defense Minister Dong Jun and US Defense Secretary Lloyd Austin held a fifth video call.
                """, StandardCharsets.UTF_8);
        world.live.ingest();

        await().atMost(WAIT).until(() -> value("newsbot_digests_sent_total{platform=\"telegram\"}") >= 1);
        assertThat(value("newsbot_digests_composed_total{platform=\"telegram\"}")).isGreaterThanOrEqualTo(1);
        assertThat(value("newsbot_outbox_backlog")).isZero();
        assertThat(value("newsbot_subscriptions_paused")).isZero();
    }

    @Test
    void sendFailuresAreCountedByReasonAnd429WaitsTimed() {
        fake.failNextSend("1001", 429, "Too Many Requests: retry after 3", 3);
        fake.privateMessage(1001, "/help", "en");
        await().atMost(WAIT).until(() -> fake.sentTo("1001").size() >= 2);
        fake.failNextSend("1002", 403, "Forbidden: bot was blocked by the user", null);
        fake.privateMessage(1002, "/help", "en");

        await().atMost(WAIT).until(() -> value(
                "newsbot_send_failures_total{platform=\"telegram\",reason=\"chat_lost\"}") == 1);
        assertThat(value("newsbot_send_failures_total{platform=\"telegram\",reason=\"rate_limited\"}")).isEqualTo(1);
        assertThat(value("newsbot_rate_limit_wait_seconds_count{platform=\"telegram\"}")).isEqualTo(1);
        assertThat(value("newsbot_rate_limit_wait_seconds_sum{platform=\"telegram\"}")).isEqualTo(3);
    }

    @Test
    void jvmBasicsAreThere() {
        assertThat(scrape()).contains("jvm_memory_used_bytes", "jvm_threads_live_threads", "process_uptime_seconds",
                "jvm_gc_");
    }
}
