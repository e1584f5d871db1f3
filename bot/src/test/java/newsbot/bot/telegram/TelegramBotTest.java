package newsbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import newsbot.bot.chat.ChatKind;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.ChatRequest;
import newsbot.bot.chat.CommandInfo;
import newsbot.bot.chat.Origin;
import newsbot.bot.chat.Platform;
import newsbot.bot.chat.RecordingSleeper;
import newsbot.bot.chat.RetryPolicy;
import newsbot.bot.chat.Secret;
import newsbot.bot.chat.SendResult;
import newsbot.bot.chat.TestHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class TelegramBotTest {
    static final String TOKEN = "123456:TEST-FAKE-TOKEN-not-real";
    static final long USER = 1001;
    static final long GROUP = -100200;
    static final long CHANNEL = -100300;
    /** Generous for a cold JVM on a busy machine; awaits return as soon as the condition holds. */
    static final Duration WAIT = Duration.ofSeconds(10);

    FakeTelegramServer fake;
    TestHandler handler = new TestHandler();
    RecordingSleeper sleeper = new RecordingSleeper();
    List<SendResult.PermanentFailure> permanentFailures = new CopyOnWriteArrayList<>();
    TelegramBot bot;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeTelegramServer();
        TelegramSettings settings = TelegramSettings.defaults().withApiUrl(fake.url())
                .withLongPoll(Duration.ofSeconds(1))
                .withRetry(new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(60)));
        bot = new TelegramBot(new Secret(TOKEN), settings, handler,
                List.of(new CommandInfo("latest", "Latest news"), new CommandInfo("search", "Search articles")),
                (platform, chatId, failure) -> permanentFailures.add(failure), Clock.systemUTC(), sleeper);
        bot.start();
    }

    @AfterEach
    void stop() {
        bot.close();
        fake.close();
    }

    @Test
    void startLearnsOurNameAndPublishesTheCommandMenu() {
        assertThat(bot.username()).isEqualTo(FakeTelegramServer.BOT_USERNAME);
        List<FakeTelegramServer.Call> set = fake.calls("setMyCommands");
        assertThat(set).hasSize(1);
        assertThat(set.get(0).params().get("commands").findValuesAsText("command")).containsExactly("latest", "search");
        assertThat(fake.calls("deleteWebhook")).hasSize(1);
        assertThat(fake.calls()).allSatisfy(c -> assertThat(c.token()).isEqualTo(TOKEN));
        await().atMost(WAIT).until(() -> fake.polls() > 0);
    }

    @Test
    void privateLatestIsAnswered() {
        fake.privateMessage(USER, "/latest", "en");

        await().atMost(WAIT).until(() -> fake.sentTo("1001").size() == 1);
        assertThat(fake.sentTo("1001").get(0).param("text")).isEqualTo("echo latest");
        ChatRequest r = handler.requests.get(0);
        assertThat(r.platform()).isEqualTo(Platform.TELEGRAM);
        assertThat(r.kind()).isEqualTo(ChatKind.PRIVATE);
        assertThat(r.userId()).isEqualTo("1001");
        assertThat(r.userName()).isEqualTo("ann1001");
        assertThat(r.languageCode()).isEqualTo("en");
        assertThat(r.origin()).isEqualTo(Origin.COMMAND);
    }

    @Test
    void searchInChineseIsSentAsHtmlWithANextButton() {
        fake.privateMessage(USER, "/search 董军", "zh-hans");

        await().atMost(WAIT).until(() -> fake.sentTo("1001").size() == 1);
        FakeTelegramServer.Call sent = fake.sentTo("1001").get(0);
        assertThat(sent.param("text")).isEqualTo("<b>董军</b> page 1");
        assertThat(sent.param("parse_mode")).isEqualToIgnoringCase("HTML");
        assertThat(sent.params().at("/reply_markup/inline_keyboard/0/0/callback_data").asText())
                .isEqualTo("search:董军:2");
        assertThat(handler.requests.get(0).args()).isEqualTo("董军");
        assertThat(handler.requests.get(0).languageCode()).isEqualTo("zh");
    }

    @Test
    void groupCommandAddressedToUsIsAnsweredAndToAnotherBotIgnored() {
        fake.groupMessage(GROUP, USER, "/search@OtherBot x");
        fake.groupMessage(GROUP, USER, "/search@OurBot y");

        await().atMost(WAIT).until(() -> fake.sentTo("-100200").size() == 1);
        assertThat(fake.sentTo("-100200").get(0).param("text")).isEqualTo("<b>y</b> page 1");
        assertThat(handler.requests).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ChatKind.GROUP);
            assertThat(r.args()).isEqualTo("y");
        });
    }

    @Test
    void plainTextInAGroupIsIgnoredButInPrivateIsASearch() {
        fake.groupMessage(GROUP, USER, "just chatting");
        fake.privateMessage(USER, "奥斯汀", "zh");

        await().atMost(WAIT).until(() -> fake.sentTo("1001").size() == 1);
        assertThat(handler.requests).singleElement().satisfies(r -> {
            assertThat(r.command()).isEqualTo("search");
            assertThat(r.args()).isEqualTo("奥斯汀");
            assertThat(r.origin()).isEqualTo(Origin.TEXT);
        });
        assertThat(fake.sentTo("-100200")).isEmpty();
    }

    @Test
    void channelPostCommandIsAnsweredInTheChannel() {
        fake.channelPost(CHANNEL, "/latest");

        await().atMost(WAIT).until(() -> fake.sentTo("-100300").size() == 1);
        assertThat(handler.requests).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ChatKind.CHANNEL);
            assertThat(r.userId()).isEmpty();
            assertThat(r.userName()).isEqualTo("News");
        });
    }

    @Test
    void nextPageButtonIsAcknowledgedAndEditsTheMessageInPlace() {
        fake.buttonPress(USER, 77, 77, "search:董军:2");

        await().atMost(WAIT).until(() -> fake.calls("editMessageText").size() == 1);
        assertThat(fake.calls("answerCallbackQuery")).hasSize(1);
        FakeTelegramServer.Call edit = fake.calls("editMessageText").get(0);
        assertThat(edit.param("message_id")).isEqualTo("77");
        assertThat(edit.param("text")).isEqualTo("<b>董军</b> page 2");
        assertThat(edit.params().at("/reply_markup/inline_keyboard/0/0/callback_data").asText())
                .isEqualTo("search:董军:3");
        assertThat(handler.requests.get(0).origin()).isEqualTo(Origin.BUTTON);
        assertThat(fake.calls("sendMessage")).isEmpty();
    }

    @Test
    void longPayloadsTravelAsKeysAndComeBackWhole() {
        String query = "美国国防部长奥斯汀与中国国防部长董军举行视频通话";
        fake.privateMessage(USER, "/search " + query, "zh");
        await().atMost(WAIT).until(() -> fake.sentTo("1001").size() == 1);
        String data = fake.sentTo("1001").get(0).params().at("/reply_markup/inline_keyboard/0/0/callback_data")
                .asText();
        assertThat(data).startsWith("~").hasSizeLessThanOrEqualTo(64);

        fake.buttonPress(USER, 1, 1, data);
        await().atMost(WAIT).until(() -> fake.calls("editMessageText").size() == 1);
        assertThat(fake.calls("editMessageText").get(0).param("text")).isEqualTo("<b>" + query + "</b> page 2");
    }

    @Test
    void aLongPayloadKeyPressedInAnotherChatIsRefusedAndShowsNothingOfTheFirstChat() {
        String query = "美国国防部长奥斯汀与中国国防部长董军举行视频通话";
        fake.privateMessage(USER, "/search " + query, "zh");
        await().atMost(WAIT).until(() -> fake.sentTo("1001").size() == 1);
        String data = fake.sentTo("1001").get(0).params().at("/reply_markup/inline_keyboard/0/0/callback_data")
                .asText();

        fake.buttonPress(2002, 2002, 7, data); // a forged press of chat 1001's key, from chat 2002

        await().atMost(WAIT).until(() -> fake.calls("answerCallbackQuery").size() == 1);
        assertThat(fake.calls("answerCallbackQuery").get(0).param("text")).contains("过期");
        assertThat(fake.calls("editMessageText")).isEmpty();
        assertThat(fake.sentTo("2002")).isEmpty();
        assertThat(handler.requests).hasSize(1);
    }

    @Test
    void aButtonWhosePayloadWasForgottenSaysSo() {
        fake.buttonPress(USER, 1, 1, "~zzz");

        await().atMost(WAIT).until(() -> fake.calls("answerCallbackQuery").size() == 1);
        assertThat(fake.calls("answerCallbackQuery").get(0).param("text")).contains("过期");
        assertThat(handler.requests).isEmpty();
    }

    @Test
    void aLongReplyArrivesAsSeveralMessagesInOrder() {
        fake.privateMessage(USER, "/long", "en");

        await().atMost(WAIT).until(() -> fake.sentTo("1001").size() == 3);
        assertThat(fake.sentTo("1001")).extracting(c -> c.param("text"))
                .containsExactly("part 1/3", "part 2/3", "part 3/3");
    }

    @Test
    void tooManyRequestsIsHonouredAndTheMessageArrivesAfterTheWait() {
        fake.failNextSend("1001", 429, "Too Many Requests: retry after 1", 1);
        fake.privateMessage(USER, "/latest", "en");

        await().atMost(WAIT).until(() -> fake.sentTo("1001").size() == 2);
        assertThat(sleeper.sleeps).contains(Duration.ofSeconds(1));
        assertThat(permanentFailures).isEmpty();
    }

    @Test
    void forbiddenIsReportedAsPermanentAndNotRetried() {
        fake.failNextSend("1001", 403, "Forbidden: bot was blocked by the user", null);

        SendResult result = bot.sender().send(Platform.TELEGRAM, "1001",
                List.of(ChatMessage.plain("digest 1"), ChatMessage.plain("digest 2")));

        assertThat(result).isInstanceOfSatisfying(SendResult.PermanentFailure.class, f -> {
            assertThat(f.code()).isEqualTo(403);
            assertThat(f.delivered()).isZero();
            assertThat(f.reason()).contains("blocked");
        });
        assertThat(fake.sentTo("1001")).hasSize(1);
        assertThat(permanentFailures).hasSize(1);
    }

    @Test
    void transientErrorsAreRetriedWithBackoffAndThenReportedNotDropped() {
        fake.failNextSend("-100200", 502, "Bad Gateway", null);
        fake.failNextSend("-100200", 502, "Bad Gateway", null);
        fake.failNextSend("-100200", 502, "Bad Gateway", null);

        SendResult result = bot.sender().send(Platform.TELEGRAM, "-100200", List.of(ChatMessage.plain("digest")));

        assertThat(result).isInstanceOf(SendResult.RetryableFailure.class);
        assertThat(fake.sentTo("-100200")).hasSize(3);
        assertThat(sleeper.sleeps).contains(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(permanentFailures).isEmpty();
    }

    @Test
    void outboundSendReturnsTheMessageIds() {
        SendResult result = bot.sender().send(Platform.TELEGRAM, "-100300",
                List.of(ChatMessage.plain("digest 1"), ChatMessage.plain("digest 2")));

        assertThat(result).isInstanceOfSatisfying(SendResult.Sent.class,
                s -> assertThat(s.messageIds()).hasSize(2).allSatisfy(id -> assertThat(id).isNotBlank()));
    }

    @Test
    void aFailingHandlerGivesAPoliteReplyWithoutDetails() {
        fake.privateMessage(USER, "/boom", "en");

        await().atMost(WAIT).until(() -> fake.sentTo("1001").size() == 1);
        String text = fake.sentTo("1001").get(0).param("text");
        assertThat(text).startsWith("Sorry").doesNotContain("secret", "Exception");
    }

    @Test
    void theTokenNeverShowsInTheLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.DEBUG);
        try {
            fake.failNextSend("1001", 429, "Too Many Requests: retry after 1", 1);
            fake.privateMessage(USER, "/boom", "en");
            await().atMost(WAIT).until(() -> fake.sentTo("1001").size() == 2);
            bot.sender().send(Platform.TELEGRAM, "1001", List.of(ChatMessage.plain("x")));
        } finally {
            root.detachAppender(appender);
            root.setLevel(before);
        }
        assertThat(appender.list).isNotEmpty();
        assertThat(appender.list).noneSatisfy(e -> {
            assertThat(e.getFormattedMessage()).contains("TEST-FAKE-TOKEN");
        });
        assertThat(appender.list).filteredOn(e -> e.getThrowableProxy() != null)
                .noneSatisfy(e -> assertThat(e.getThrowableProxy().getMessage()).contains("TEST-FAKE-TOKEN"));
    }
}
