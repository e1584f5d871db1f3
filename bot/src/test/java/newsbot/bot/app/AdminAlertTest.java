package newsbot.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.MessageSender;
import newsbot.bot.chat.Platform;
import newsbot.bot.chat.SendResult;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.ConfigLoader;
import newsbot.core.Digests;
import newsbot.core.delivery.SubscriptionSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admins hear about a chat the bot lost, once a day, and never about their own chat. */
class AdminAlertTest {
    private static final String ADMIN = "7001";
    private static final String GROUP = "-100200";
    private static final SendResult.PermanentFailure KICKED =
            new SendResult.PermanentFailure(0, "403 Forbidden: bot was kicked from the group chat", 403);

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2024-05-01T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private record Post(Platform platform, String chat, String text) {
    }

    @TempDir
    Path dir;
    final TestClock clock = new TestClock();
    final List<Post> posts = new CopyOnWriteArrayList<>();
    final MessageSender sender = (platform, chat, messages) -> {
        messages.forEach(m -> posts.add(new Post(platform, chat, m.text())));
        return new SendResult.Sent(List.of("1"));
    };
    Digests digests;
    AdminAlert alert;

    @BeforeEach
    void setUp() throws Exception {
        Path config = dir.resolve("newsbot.yml");
        Path topic = Files.copy(Path.of("..", "config", "topics", "us-china-military.yml"), dir.resolve("topic.yml"));
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(config, """
                articles: "%s"
                database: "%s"
                topic: "%s"
                telegram:
                  admins: [%s]
                """.formatted(dir.resolve("articles"), dir.resolve("newsbot.db"), topic, ADMIN), StandardCharsets.UTF_8);
        BotConfig c = new ConfigLoader().load(config);
        digests = Digests.open(c.database(), topic, clock);
        alert = new AdminAlert(new LiveConfig(Optional.of(config), c, digests), () -> sender, clock);
    }

    @AfterEach
    void tearDown() {
        digests.close();
    }

    @Test
    void aLostChatIsReportedToTheAdminsOnceADay() {
        alert.permanentFailure(Platform.TELEGRAM, GROUP, KICKED);
        alert.permanentFailure(Platform.TELEGRAM, GROUP, KICKED);

        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.chat()).isEqualTo(ADMIN);
            assertThat(p.text()).contains(GROUP, "bot was kicked");
        });

        clock.now = clock.now.plus(AdminAlert.QUIET).plus(Duration.ofMinutes(1));
        alert.permanentFailure(Platform.TELEGRAM, GROUP, KICKED);
        assertThat(posts).hasSize(2);
    }

    @Test
    void aSubscribedChatIsLeftToTheOutboxWhichSaysItIsPaused() throws Exception {
        digests.delivery().putChatSubscription(new SubscriptionSpec("telegram:" + GROUP, "telegram", GROUP,
                "0 0 8 * * ?", "UTC", "en", "silent", Optional.empty(), SubscriptionSpec.Origin.CHAT), clock.instant());

        alert.permanentFailure(Platform.TELEGRAM, GROUP, KICKED);
        assertThat(posts).isEmpty();

        alert.paused("telegram:" + GROUP, "telegram", GROUP, KICKED.reason());
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.chat()).isEqualTo(ADMIN);
            assertThat(p.text()).contains("paused", GROUP, "/subscribe");
        });
    }

    @Test
    void anAdminsOwnLostChatRaisesNoAlertSoNothingLoops() {
        alert.permanentFailure(Platform.TELEGRAM, ADMIN, new SendResult.PermanentFailure(0, "403 Forbidden: bot was blocked by the user", 403));

        assertThat(posts).isEmpty();
    }

    @Test
    void aRefusedMessageIsNotALostChat() {
        alert.permanentFailure(Platform.TELEGRAM, GROUP, new SendResult.PermanentFailure(0, "Bad Request: message is too long", 400));

        assertThat(posts).isEmpty();

        alert.permanentFailure(Platform.TELEGRAM, GROUP, new SendResult.PermanentFailure(0, "Bad Request: chat not found", 400));
        assertThat(posts).singleElement().satisfies(p -> assertThat(p.text()).contains("chat not found"));
    }

    @Test
    void withoutAdminsNothingIsSent() {
        alert.permanentFailure(Platform.SLACK, "C0001", KICKED);

        assertThat(posts).isEmpty();
    }
}
