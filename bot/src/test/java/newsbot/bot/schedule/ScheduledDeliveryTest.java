package newsbot.bot.schedule;

import static newsbot.bot.schedule.Harness.SLACK_CHANNEL;
import static newsbot.bot.schedule.Harness.TG_CHAT;
import static newsbot.bot.schedule.Harness.occurrences;
import static newsbot.bot.schedule.Harness.sub;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import newsbot.bot.commands.ReloadOutcome;
import newsbot.core.delivery.SubscriptionSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduledDeliveryTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    java.nio.file.Path tmp;
    Harness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new Harness(tmp);
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void twoPlatformsFiringAtTheSameTimeEachGetEveryStoryOnce() throws Exception {
        h.configure(sub("telegram", TG_CHAT, "* * * * * ?") + sub("slack", SLACK_CHANNEL, "* * * * * ?"));
        Articles.write(h.articles, 1);
        Articles.write(h.articles, 2);
        h.start(Clock.systemUTC());

        await().atMost(WAIT).until(() -> occurrences(h.telegram.texts(TG_CHAT), "ART-0002") == 1
                && occurrences(h.slack.texts(SLACK_CHANNEL), "ART-0002") == 1);
        Articles.write(h.articles, 3);
        h.live.ingest();
        await().atMost(WAIT).until(() -> occurrences(h.telegram.texts(TG_CHAT), "ART-0003") == 1
                && occurrences(h.slack.texts(SLACK_CHANNEL), "ART-0003") == 1);
        Thread.sleep(2_000); // a few more fires with nothing new

        for (String m : List.of("ART-0001", "ART-0002", "ART-0003")) {
            assertThat(occurrences(h.telegram.texts(TG_CHAT), m)).as("telegram %s", m).isEqualTo(1);
            assertThat(occurrences(h.slack.texts(SLACK_CHANNEL), m)).as("slack %s", m).isEqualTo(1);
        }
    }

    @Test
    void aForbiddenChatIsPausedWhileTheOtherKeepsReceiving() throws Exception {
        h.configure(sub("telegram", TG_CHAT, "* * * * * ?") + sub("slack", SLACK_CHANNEL, "* * * * * ?"));
        h.telegram.failNextSend(TG_CHAT, 403, "Forbidden: bot was kicked from the supergroup chat", null);
        Articles.write(h.articles, 1);
        h.start(Clock.systemUTC());

        await().atMost(WAIT).until(() -> h.live.statusLines().stream()
                .anyMatch(l -> l.startsWith("Paused: telegram:" + TG_CHAT) && l.contains("403")));
        Articles.write(h.articles, 2);
        h.live.ingest();
        await().atMost(WAIT).until(() -> occurrences(h.slack.texts(SLACK_CHANNEL), "ART-0002") == 1);

        assertThat(h.telegram.texts(TG_CHAT)).as("only the refused attempt").hasSize(1)
                .noneMatch(t -> t.contains("ART-0002"));
        assertThat(occurrences(h.slack.texts(SLACK_CHANNEL), "ART-0001")).isEqualTo(1);
        assertThat(h.telegram.texts("4242")).as("the admin is told").anyMatch(t -> t.contains("paused"));
    }

    @Test
    void aRestartResumesAHalfSentDigestFromTheFailedPart() throws Exception {
        h.configure(sub("telegram", TG_CHAT, "* * * * * ?"));
        for (int i = 1; i <= 30; i++) {
            Articles.write(h.articles, i);
        }
        h.start(Clock.systemUTC());
        await().atMost(WAIT).until(() -> h.telegram.texts(TG_CHAT).size() == 1);
        // the next part is rate limited for longer than a worker may wait: it goes back to the outbox
        h.telegram.failNextSend(TG_CHAT, 429, "Too Many Requests: retry after 120", 120);
        await().atMost(WAIT).until(() -> h.count("SELECT count(*) FROM outbox WHERE attempts > 0") == 1);
        h.stop();
        long parts = h.count("SELECT part_count FROM outbox");
        assertThat(parts).isGreaterThan(2);
        assertThat(h.count("SELECT next_part FROM outbox")).isEqualTo(1);

        // two minutes later (the retry-after has passed), a new process
        h.start(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(121)));
        await().atMost(WAIT).until(() -> h.count("SELECT count(*) FROM outbox WHERE status = 'sent'") == 1);

        List<String> calls = new java.util.ArrayList<>(h.telegram.texts(TG_CHAT));
        assertThat(calls).hasSize((int) parts + 1); // the fake also records the refused (429) attempt at part 2
        List<String> received = new java.util.ArrayList<>(calls);
        received.remove(1);
        assertThat(received).hasSize((int) parts).doesNotHaveDuplicates();
        assertThat(received.get(1)).isEqualTo(calls.get(1)); // resumed with the part that failed, then the rest
        for (int i = 1; i <= 30; i++) {
            assertThat(occurrences(received, Articles.marker(i))).as("article %d", i).isEqualTo(1);
        }
    }

    /** A chat's own subscription (as /subscribe … chart stores it) keeps its picture across a restart. */
    @Test
    void aChatsSubscriptionWithTheChartIsStoredAndGetsThePictureAfterARestart() throws Exception {
        h.configure(sub("telegram", "-100888", "0 0 8 * * ?"));
        h.start(Clock.systemUTC());
        String key = "telegram:" + TG_CHAT;
        h.live.digests().delivery().putChatSubscription(new SubscriptionSpec(key, "telegram", TG_CHAT, "* * * * * ?",
                "UTC", "en", "silent", Optional.empty(), SubscriptionSpec.Origin.CHAT, true), Instant.now());
        h.stop();
        Articles.write(h.articles, 1);

        h.start(Clock.systemUTC());

        await().atMost(WAIT).until(() -> h.telegram.photos(TG_CHAT).size() == 1);
        assertThat(occurrences(h.telegram.texts(TG_CHAT), "ART-0001")).isEqualTo(1);
        assertThat(h.live.digests().delivery().subscription(key).orElseThrow().spec().chart()).isTrue();
        assertThat(h.telegram.photos("-100888")).isEmpty();
    }

    @Test
    void aDigestDueWhileDownIsSentOnceNotOncePerMissedTick() throws Exception {
        h.configure(sub("telegram", TG_CHAT, "0 0 8 * * ?"));
        h.start(Clock.systemUTC());
        h.stop();
        // the bot was last run three days ago: three 08:00 digests were missed
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
        h.execute("UPDATE subscriptions SET last_fire = " + threeDaysAgo.toEpochMilli());
        Articles.write(h.articles, 1);

        h.start(Clock.systemUTC());
        await().atMost(WAIT).until(() -> occurrences(h.telegram.texts(TG_CHAT), "ART-0001") == 1);
        Thread.sleep(1_500);

        assertThat(h.count("SELECT count(*) FROM outbox")).isEqualTo(1);
        assertThat(h.telegram.texts(TG_CHAT)).hasSize(1);
        Instant fire = Instant.ofEpochMilli(h.count("SELECT fire_time FROM outbox"));
        assertThat(fire.atZone(ZoneOffset.UTC).getHour()).isEqualTo(8);
        assertThat(fire).isAfter(Instant.now().minus(Duration.ofDays(1)));
    }

    @Test
    void reloadReschedulesAGoodConfigAndKeepsTheRunningOneOnABadFile() throws Exception {
        h.configure(sub("telegram", TG_CHAT, "0 0 8 * * ?"));
        h.start(Clock.systemUTC());
        assertThat(h.live.statusLines()).anyMatch(l -> l.startsWith("Digest: telegram:" + TG_CHAT));

        h.configure(sub("slack", SLACK_CHANNEL, "0 30 9 ? * MON-FRI"));
        ReloadOutcome good = h.live.reload();
        assertThat(good.configProblems()).isEmpty();
        assertThat(h.live.statusLines()).anyMatch(l -> l.startsWith("Digest: slack:" + SLACK_CHANNEL) && l.contains("MON-FRI"))
                .noneMatch(l -> l.contains("telegram:" + TG_CHAT));

        h.configure(sub("telegram", TG_CHAT, "0 0 25 * * ?"));
        ReloadOutcome bad = h.live.reload();
        assertThat(bad.configProblems()).singleElement().satisfies(p -> assertThat(p)
                .contains(h.config.toString()).contains("line").contains("subscriptions[0].cron"));
        assertThat(h.live.statusLines()).anyMatch(l -> l.startsWith("Digest: slack:" + SLACK_CHANNEL))
                .noneMatch(l -> l.contains("telegram:" + TG_CHAT));
        assertThat(h.count("SELECT count(*) FROM subscriptions")).isEqualTo(1);
        if (newsbot.core.store.pg.TestDatabases.onPostgres()) { // a cluster of one: this instance, checked in
            assertThat(h.live.statusLines()).anyMatch(l -> l.startsWith("Cluster: ") && l.contains("(this one)"));
            @SuppressWarnings("unchecked")
            var cluster = (java.util.List<java.util.Map<String, Object>>) h.runtime.health().json().get("cluster");
            assertThat(cluster).singleElement().satisfies(m -> assertThat(m).containsEntry("self", true)
                    .containsEntry("status", "up"));
        }
    }
}
