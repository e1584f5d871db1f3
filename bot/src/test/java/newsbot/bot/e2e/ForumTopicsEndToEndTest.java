package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsbot.bot.telegram.FakeTelegramServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telegram supergroups with forum topics: answers and digests go to the topic (message_thread_id), not the chat. */
class ForumTopicsEndToEndTest {
    static final String TOKEN = "123456:TEST-FAKE-TOKEN-not-real";
    static final long ADMIN = NewsbotWorld.TELEGRAM_ADMIN;
    static final long FORUM = -100500;
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

    List<FakeTelegramServer.Call> sent(int atLeast) {
        await().atMost(WAIT).until(() -> fake.sentTo(Long.toString(FORUM)).size() >= atLeast);
        return fake.sentTo(Long.toString(FORUM));
    }

    void newArticle() throws Exception {
        Files.writeString(world.articles.resolve("topic-news.md"), """
                # Dong Jun and Lloyd Austin hold a fourth video call

                ![x](https://example.test/images/2024/08/02/call.jpg)

                Chinese Defense Minister Dong Jun and US Defense Secretary Lloyd Austin held a fourth video call.
                """, StandardCharsets.UTF_8);
        world.live.ingest();
    }

    @Test
    void aCommandInATopicIsAnsweredInThatTopic() {
        fake.threadMessage(FORUM, 42, true, 1001, "/latest 1");

        FakeTelegramServer.Call reply = sent(1).get(0);
        assertThat(reply.param("chat_id")).isEqualTo(Long.toString(FORUM));
        assertThat(reply.param("message_thread_id")).isEqualTo("42");
        assertThat(reply.param("text")).isNotBlank();
    }

    @Test
    void aReplyThreadInAGroupWithoutTopicsIsAnsweredInTheChat() {
        fake.threadMessage(FORUM, 7, false, 1001, "/help");

        assertThat(sent(1).get(0).param("message_thread_id")).isNull();
    }

    @Test
    void subscribeInATopicSubscribesThatTopicAndItsDigestsGoThere() throws Exception {
        fake.threadMessage(FORUM, 42, true, ADMIN, "/subscribe * * * * * ?");
        assertThat(sent(1).get(0).param("text")).contains("Subscribed");
        assertThat(world.live.digests().delivery().subscriptions()).singleElement()
                .satisfies(s -> assertThat(s.subscriber()).isEqualTo("telegram:" + FORUM + "/42"));

        newArticle();

        await().atMost(WAIT).until(() -> sent(1).stream().anyMatch(c -> c.param("text").contains("fourth video call")));
        assertThat(sent(1)).allSatisfy(c -> assertThat(c.param("message_thread_id")).isEqualTo("42"));

        fake.threadMessage(FORUM, 42, true, ADMIN, "/unsubscribe");
        await().atMost(WAIT).until(() -> world.live.digests().delivery().subscriptions().isEmpty());
    }

    @Test
    void aConfiguredSubscriptionWithAThreadPostsToThatTopic() throws Exception {
        world.writeConfig(world.config(fake.url().toString(), "http://127.0.0.1:9/api/") + """
                subscriptions:
                  - platform: telegram
                    chat: "%d"
                    thread: 77
                    cron: "* * * * * ?"
                """.formatted(FORUM));
        assertThat(world.live.reload().configProblems()).isEmpty();

        newArticle();

        await().atMost(WAIT).until(() -> sent(1).stream().anyMatch(c -> c.param("text").contains("fourth video call")));
        assertThat(sent(1)).allSatisfy(c -> assertThat(c.param("message_thread_id")).isEqualTo("77"));
    }
}
