package newsbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import newsbot.bot.chat.RetryPolicy;
import newsbot.bot.chat.Secret;
import newsbot.bot.chat.Sleeper;
import newsbot.bot.chat.TestHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One user flooding the bot, with real pacing (a message a second per chat): the others are still answered. */
class TelegramFloodTest {
    static final long FLOODER = 1001;
    static final Duration WAIT = Duration.ofSeconds(10);

    FakeTelegramServer fake;
    final TestHandler handler = new TestHandler();
    TelegramBot bot;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeTelegramServer();
        TelegramSettings settings = TelegramSettings.defaults().withApiUrl(fake.url()).withLongPoll(Duration.ofSeconds(1))
                .withWorkerLanes(2)
                .withRetry(new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(60)));
        bot = new TelegramBot(new Secret("123456:TEST-FAKE-TOKEN-not-real"), settings, handler, List.of(),
                (platform, chatId, failure) -> { }, Clock.systemUTC(), Sleeper.SYSTEM);
        bot.start();
    }

    @AfterEach
    void stop() {
        bot.close();
        fake.close();
    }

    /** A private chat that shared the flooder's worker lane when chats were hashed onto two lanes. */
    static long neighbour() {
        for (long id = FLOODER + 1; ; id++) {
            if (Math.floorMod(Long.toString(id).hashCode(), 2) == Math.floorMod(Long.toString(FLOODER).hashCode(), 2)) {
                return id;
            }
        }
    }

    @Test
    void aFloodFromOneChatIsCutShortWithOneSlowDownAndOtherChatsAreAnsweredAtOnce() {
        for (int i = 0; i < 200; i++) {
            fake.privateMessage(FLOODER, "/search flood " + i, "en");
        }
        await().atMost(WAIT).until(() -> !fake.sentTo(Long.toString(FLOODER)).isEmpty());

        long other = neighbour();
        long t0 = System.nanoTime();
        fake.privateMessage(other, "/help", "en");
        await().atMost(WAIT).until(() -> !fake.sentTo(Long.toString(other)).isEmpty());
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));

        String flooder = Long.toString(FLOODER);
        await().atMost(WAIT).until(() -> fake.sentTo(flooder).stream().anyMatch(c -> c.param("text").contains("slow down")));
        await().during(Duration.ofSeconds(2)).atMost(WAIT) // nothing queued behind: no more answers trickle in
                .until(() -> handler.requests.stream().filter(r -> r.chatId().equals(flooder)).count() <= 10);
        List<String> toFlooder = fake.sentTo(flooder).stream().map(c -> c.param("text")).toList();
        assertThat(toFlooder.size()).isLessThanOrEqualTo(11);
        assertThat(toFlooder).filteredOn(t -> t.contains("slow down")).hasSize(1);
    }
}
