package newsbot.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import newsbot.bot.chat.Button;
import newsbot.bot.chat.ChatKind;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.Format;
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

class SlackBotTest {
    static final String BOT_TOKEN = "fake-slack-bot-token-0000000000";
    static final String SIGNING_SECRET = "fake-signing-secret-0123456789";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    FakeSlackServer fake;
    TestHandler handler = new TestHandler();
    RecordingSleeper sleeper = new RecordingSleeper();
    List<SendResult.PermanentFailure> permanentFailures = new CopyOnWriteArrayList<>();
    SlackRequests slack = new SlackRequests(SIGNING_SECRET);
    SlackBot bot;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSlackServer();
        SlackSettings settings = SlackSettings.defaults().withApiUrl(fake.apiUrl()).withHttp("127.0.0.1", 0)
                .withRetry(new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(60)));
        bot = new SlackBot(SlackSecrets.forHttp(new Secret(BOT_TOKEN), new Secret(SIGNING_SECRET)), settings, handler,
                (platform, chatId, failure) -> permanentFailures.add(failure), Clock.systemUTC(), sleeper);
        bot.start();
    }

    @AfterEach
    void stop() {
        bot.close();
        fake.close();
    }

    HttpResponse<String> send(String body) throws Exception {
        return slack.post(bot.httpPort(), body, Instant.now(), Map.of());
    }

    @Test
    void startChecksTheBotTokenWithAuthTest() {
        assertThat(fake.calls("auth.test")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.authorization()).isEqualTo("Bearer " + BOT_TOKEN));
    }

    @Test
    void signedSlashCommandIsAckedAtOnceAndAnsweredThroughResponseUrl() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> ack = send(SlackRequests.slashCommand("/search", "董军", "C0001",
                fake.responseUrl("r1"), "trigger-1"));
        Duration ackTime = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();
        assertThat(ackTime).isLessThan(Duration.ofSeconds(3));
        await().atMost(WAIT).until(() -> fake.responses("r1").size() == 1);
        JsonNode body = fake.responses("r1").get(0).body();
        assertThat(body.get("response_type").asText()).isEqualTo("in_channel");
        assertThat(body.get("text").asText()).isEqualTo("*董军* page 1");
        assertThat(body.get("replace_original").asBoolean()).isFalse();
        assertThat(body.findValuesAsText("value")).containsExactly("search:董军:2");
        assertThat(handler.requests).singleElement().satisfies(r -> {
            assertThat(r.platform()).isEqualTo(Platform.SLACK);
            assertThat(r.command()).isEqualTo("search");
            assertThat(r.args()).isEqualTo("董军");
            assertThat(r.chatId()).isEqualTo("C0001");
            assertThat(r.userId()).isEqualTo("U0001");
            assertThat(r.userName()).isEqualTo("ann");
            assertThat(r.kind()).isEqualTo(ChatKind.GROUP);
            assertThat(r.languageCode()).isEmpty();
        });
    }

    @Test
    void forgedSignatureIsRejectedWith401() throws Exception {
        String body = SlackRequests.slashCommand("/latest", "", "C0001", fake.responseUrl("r1"), "trigger-1");
        String ts = Long.toString(Instant.now().getEpochSecond());
        String forged = new SlackRequests("not-the-secret-0000000000").sign(ts, body);

        HttpResponse<String> response = slack.post(bot.httpPort(), body, ts, forged, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(handler.requests).isEmpty();
    }

    @Test
    void staleTimestampIsRejectedWith401() throws Exception {
        String body = SlackRequests.slashCommand("/latest", "", "C0001", fake.responseUrl("r1"), "trigger-1");

        HttpResponse<String> response = slack.post(bot.httpPort(), body, Instant.now().minus(Duration.ofMinutes(6)),
                Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(handler.requests).isEmpty();
    }

    @Test
    void aRetriedRequestIsAnsweredOnlyOnce() throws Exception {
        String body = SlackRequests.slashCommand("/latest", "", "C0001", fake.responseUrl("r1"), "trigger-1");
        assertThat(send(body).statusCode()).isEqualTo(200);
        HttpResponse<String> retry = slack.post(bot.httpPort(), body, Instant.now(),
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        assertThat(retry.statusCode()).isEqualTo(200);
        // a later command in the same channel is answered on the same lane, so after it nothing else can come
        send(SlackRequests.slashCommand("/status", "", "C0001", fake.responseUrl("r2"), "trigger-2"));

        await().atMost(WAIT).until(() -> fake.responses("r2").size() == 1);
        assertThat(fake.responses("r1")).hasSize(1);
        assertThat(handler.requests).extracting(r -> r.command()).containsExactly("latest", "status");
    }

    @Test
    void nextPageButtonReplacesTheOriginalMessage() throws Exception {
        HttpResponse<String> ack = send(SlackRequests.blockAction("search:董军:2", "C0001", fake.responseUrl("b1"),
                "trigger-3"));

        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> fake.responses("b1").size() == 1);
        JsonNode body = fake.responses("b1").get(0).body();
        assertThat(body.get("replace_original").asBoolean()).isTrue();
        assertThat(body.get("text").asText()).isEqualTo("*董军* page 2");
        assertThat(body.findValuesAsText("value")).containsExactly("search:董军:3");
        assertThat(handler.requests.get(0).origin()).isEqualTo(Origin.BUTTON);
    }

    @Test
    void ephemeralRepliesAreOnlyForTheAskingUser() throws Exception {
        bot.close();
        bot = new SlackBot(SlackSecrets.forHttp(new Secret(BOT_TOKEN), new Secret(SIGNING_SECRET)),
                SlackSettings.defaults().withApiUrl(fake.apiUrl()).withHttp("127.0.0.1", 0)
                        .withSlashCommands(Map.of("/news-secret", "secret")),
                handler, (p, c, f) -> { }, Clock.systemUTC(), sleeper);
        bot.start();

        send(SlackRequests.slashCommand("/news-secret", "", "D0001", fake.responseUrl("e1"), "trigger-4"));

        await().atMost(WAIT).until(() -> fake.responses("e1").size() == 1);
        assertThat(fake.responses("e1").get(0).body().get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(handler.requests.get(0).command()).isEqualTo("secret");
        assertThat(handler.requests.get(0).kind()).isEqualTo(ChatKind.PRIVATE);
    }

    @Test
    void aFailingHandlerGivesAPoliteReply() throws Exception {
        bot.close();
        bot = new SlackBot(SlackSecrets.forHttp(new Secret(BOT_TOKEN), new Secret(SIGNING_SECRET)),
                SlackSettings.defaults().withApiUrl(fake.apiUrl()).withHttp("127.0.0.1", 0)
                        .withSlashCommands(Map.of("/boom", "boom")),
                handler, (p, c, f) -> { }, Clock.systemUTC(), sleeper);
        bot.start();

        send(SlackRequests.slashCommand("/boom", "", "C0001", fake.responseUrl("x1"), "trigger-5"));

        await().atMost(WAIT).until(() -> fake.responses("x1").size() == 1);
        assertThat(fake.responses("x1").get(0).body().get("text").asText())
                .startsWith("Sorry").doesNotContain("secret", "Exception");
    }

    @Test
    void rateLimitedResponseUrlIsRetriedAfterRetryAfter() throws Exception {
        fake.failNextResponse(429, 1);

        send(SlackRequests.slashCommand("/latest", "", "C0001", fake.responseUrl("r1"), "trigger-6"));

        await().atMost(WAIT).until(() -> fake.responses("r1").size() == 2);
        assertThat(sleeper.sleeps).contains(Duration.ofSeconds(1));
    }

    @Test
    void rateLimitedPostMessageIsRetriedAfterRetryAfter() {
        fake.failNextPostMessage(429, "ratelimited", 1);

        SendResult result = bot.sender().send(Platform.SLACK, "C0001", List.of(ChatMessage.plain("digest")));

        assertThat(result).isInstanceOf(SendResult.Sent.class);
        assertThat(fake.calls("chat.postMessage")).hasSize(2);
        assertThat(sleeper.sleeps).contains(Duration.ofSeconds(1));
    }

    @Test
    void postMessageSendsBlocksWithButtonsAndAFallbackText() {
        ChatMessage digest = ChatMessage.of("*Digest* 3 stories", Format.SLACK_MRKDWN)
                .withButtons(List.of(new Button("More", "digest:more")));

        SendResult result = bot.sender().send(Platform.SLACK, "C0001", List.of(digest));

        assertThat(result).isInstanceOfSatisfying(SendResult.Sent.class,
                s -> assertThat(s.messageIds()).singleElement().asString().startsWith("1700000000."));
        FakeSlackServer.ApiCall call = fake.calls("chat.postMessage").get(0);
        assertThat(call.authorization()).isEqualTo("Bearer " + BOT_TOKEN);
        assertThat(call.params()).containsEntry("channel", "C0001").containsEntry("text", "*Digest* 3 stories");
        assertThat(call.params().get("blocks")).contains("\"actions\"", "digest:more", "mrkdwn");
    }

    @Test
    void channelNotFoundIsAPermanentFailureReportedOnce() {
        fake.failNextPostMessage(200, "channel_not_found", null);

        SendResult result = bot.sender().send(Platform.SLACK, "C0404", List.of(ChatMessage.plain("digest")));

        assertThat(result).isInstanceOfSatisfying(SendResult.PermanentFailure.class, f -> {
            assertThat(f.code()).isEqualTo(404);
            assertThat(f.reason()).isEqualTo("channel_not_found");
        });
        assertThat(fake.calls("chat.postMessage")).hasSize(1);
        assertThat(permanentFailures).hasSize(1);
    }

    @Test
    void slackOutOfReachIsNotCalledABadToken() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        SlackBot offline = new SlackBot(SlackSecrets.forHttp(new Secret(BOT_TOKEN), new Secret(SIGNING_SECRET)),
                SlackSettings.defaults().withApiUrl(java.net.URI.create("http://127.0.0.1:" + closed + "/api/"))
                        .withHttp("127.0.0.1", 0).withRetry(new RetryPolicy(1, Duration.ofMillis(10),
                                Duration.ofMillis(10), Duration.ofSeconds(1))),
                handler, (platform, chatId, failure) -> { }, Clock.systemUTC(), sleeper);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(offline::start)
                    .hasMessageContaining("cannot reach Slack at http://127.0.0.1:" + closed)
                    .hasMessageNotContaining("invalid").hasMessageNotContaining(BOT_TOKEN);
        } finally {
            offline.close();
        }
    }
}
