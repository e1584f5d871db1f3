package newsbot.bot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.bot.telegram.TelegramFake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `newsbot run` in a child JVM posting to the fake Bot API in this JVM, killed with SIGKILL at random points (during
 * ingest, composing, delivery) for 20 rounds, with new articles every round: in the end every article is stored and
 * was posted in exactly one digest, and no digest was composed twice.
 */
class CrashRestartTest {
    static final String CHAT = "-100777";
    static final int ROUNDS = 20;
    static final Pattern MARKER = Pattern.compile("ART-\\d{4}");

    @TempDir
    Path tmp;

    @Test
    void killedAtRandomPointsNothingIsLostAndNoDigestIsComposedTwice() throws Exception {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Path db = tmp.resolve("newsbot.db");
        Random random = new Random(20261123);
        int written = 0;
        int kills = 0;
        try (TelegramFake telegram = new TelegramFake()) {
            Path config = writeConfig(telegram, articles, db);
            for (int round = 0; round < ROUNDS; round++) {
                for (int k = 0; k < 6; k++) {
                    Articles.write(articles, ++written);
                }
                int before = telegram.texts(CHAT).size();
                Process child = start(config, round);
                if (round % 2 == 0) {
                    // during delivery: right after a message arrived, before or while the next is posted
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (telegram.texts(CHAT).size() == before && System.nanoTime() < deadline) {
                        Thread.sleep(5);
                    }
                    child.waitFor(random.nextInt(400), TimeUnit.MILLISECONDS);
                } else {
                    // anywhere from start-up through ingest and composing
                    child.waitFor(1_000 + random.nextInt(6_000), TimeUnit.MILLISECONDS);
                }
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                kills++;
            }
            Process last = start(config, ROUNDS);
            int expected = written;
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> markers(telegram.texts(CHAT)).keySet().size() == expected);
            // SIGTERM only once it runs: everything may have been posted before this last start
            Path lastLog = tmp.resolve("child-" + ROUNDS + ".log");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> Files.exists(lastLog) && Files.readString(lastLog).contains("newsbot running"));
            last.destroy(); // SIGTERM: a clean stop
            assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).as("exit code after SIGTERM").isZero();

            List<String> received = telegram.texts(CHAT);
            Map<String, List<Integer>> where = markers(received);
            // nothing lost: every article was ingested and posted
            assertThat(count(db, "SELECT count(*) FROM articles WHERE removed_at IS NULL")).isEqualTo(written);
            for (int i = 1; i <= written; i++) {
                assertThat(where).as("article %d was posted", i).containsKey(Articles.marker(i));
            }
            // nothing twice: an article is in one message only, except the documented duplicate window (the same
            // message reposted because the kill fell between the post and marking it sent)
            for (Map.Entry<String, List<Integer>> e : where.entrySet()) {
                List<Integer> at = e.getValue();
                for (int j = 1; j < at.size(); j++) {
                    assertThat(received.get(at.get(j))).as("%s posted in two different messages", e.getKey())
                            .isEqualTo(received.get(at.get(0)));
                }
            }
            int repeats = received.size() - (int) received.stream().distinct().count();
            assertThat(repeats).as("reposted messages, at most one per kill").isLessThanOrEqualTo(kills);
            assertThat(count(db, "SELECT count(*) FROM outbox WHERE status <> 'sent'")).isZero();
            assertThat(count(db, "SELECT count(*) FROM outbox")).isEqualTo(
                    count(db, "SELECT count(DISTINCT fire_time) FROM outbox"));
            System.out.printf("crash test: %d rounds, %d articles, %d messages, %d digests, %d reposted message(s)%n",
                    ROUNDS, written, received.size(), count(db, "SELECT count(*) FROM outbox"), repeats);
        }
    }

    private Path writeConfig(TelegramFake telegram, Path articles, Path db) throws Exception {
        Path config = tmp.resolve("newsbot.yml");
        Files.writeString(config, """
                articles: %s
                database: %s
                topic: %s
                schedule:
                  ingest-every-minutes: 1
                  watch: true
                  debounce-seconds: 1
                telegram:
                  api-url: %s
                subscriptions:
                  - platform: telegram
                    chat: "%s"
                    cron: "*/2 * * * * ?"
                    zone: UTC
                    language: source
                    when-empty: silent
                """.formatted(articles, db, Articles.TOPIC, telegram.url(), CHAT), StandardCharsets.UTF_8);
        return config;
    }

    private Process start(Path config, int round) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "newsbot.bot.cli.Main", "--config", config.toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child-" + round + ".log").toFile());
        pb.environment().put("TELEGRAM_BOT_TOKEN", "123456:TEST-FAKE-TOKEN-not-real");
        pb.environment().remove("SLACK_BOT_TOKEN");
        return pb.start();
    }

    /** Where each article marker appears: indexes into the received messages. */
    private static Map<String, List<Integer>> markers(List<String> received) {
        Map<String, List<Integer>> out = new HashMap<>();
        for (int i = 0; i < received.size(); i++) {
            Matcher m = MARKER.matcher(received.get(i));
            java.util.Set<String> inThis = new java.util.HashSet<>();
            while (m.find()) {
                inThis.add(m.group());
            }
            for (String marker : inThis) {
                out.computeIfAbsent(marker, k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    private static long count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
