package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsbot.bot.chat.RecordingSleeper;
import newsbot.bot.chat.RetryPolicy;
import newsbot.bot.chat.Secret;
import newsbot.bot.slack.FakeSlackServer;
import newsbot.bot.slack.SlackBot;
import newsbot.bot.slack.SlackRequests;
import newsbot.bot.slack.SlackSecrets;
import newsbot.bot.slack.SlackSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Bolt app in HTTP mode, router, renderers and SQLite store; signed requests in, a fake Slack out. */
class SlackEndToEndTest {
    static final String BOT_TOKEN = "fake-slack-bot-token-0000000000";
    static final String SIGNING_SECRET = "fake-signing-secret-0123456789";
    static final String ADMIN = NewsbotWorld.SLACK_ADMIN;
    static final String STRANGER = "U0001";
    static final String CHANNEL = "C0001";
    static final Duration WAIT = Duration.ofSeconds(8);

    @TempDir
    Path tmp;
    FakeSlackServer fake;
    NewsbotWorld world;
    SlackRequests slack = new SlackRequests(SIGNING_SECRET);
    SlackBot bot;
    int triggers;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSlackServer();
        world = NewsbotWorld.create(tmp, "http://127.0.0.1:9/", fake.apiUrl().toString());
        SlackSettings settings = SlackSettings.defaults().withApiUrl(fake.apiUrl()).withHttp("127.0.0.1", 0)
                .withRetry(new RetryPolicy(3, Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(60)));
        bot = new SlackBot(SlackSecrets.forHttp(new Secret(BOT_TOKEN), new Secret(SIGNING_SECRET)), settings,
                world.router, (platform, chatId, failure) -> { }, Clock.systemUTC(), new RecordingSleeper());
        bot.start();
    }

    @AfterEach
    void stop() {
        bot.close();
        fake.close();
    }

    /** Sends a signed slash command and returns the first reply posted to its response_url. */
    JsonNode command(String user, String command, String text) throws Exception {
        String id = "r" + (++triggers);
        HttpResponse<String> ack = slack.post(bot.httpPort(), SlackRequests.slashCommand(command, text, CHANNEL, user,
                fake.responseUrl(id), "trigger-" + triggers), Instant.now(), Map.of());
        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> !fake.responses(id).isEmpty());
        return fake.responses(id).get(0).body();
    }

    @Test
    void latestListsTheSeedStoriesEscapedForSlack() throws Exception {
        JsonNode reply = command(STRANGER, "/latest", "");

        String blocks = reply.get("blocks").toString();
        assertThat(blocks).contains("17个月来首次重要沟通，中美防长这通电话释放什么信号", "美中军方在中断交流一年多后恢复对话")
                .contains("Dong Jun &amp; Lloyd Austin agree: hotline answered in &lt; 24 hours")
                .doesNotContain("< 24");
        assertThat(reply.get("response_type").asText()).isEqualTo("in_channel");
    }

    @Test
    void searchForDongJunFindsSeeds003And004() throws Exception {
        String blocks = command(STRANGER, "/search", "董军").get("blocks").toString();

        assertThat(blocks).contains(TelegramEndToEndTest.SEED_003, TelegramEndToEndTest.SEED_004, "*董军*");
    }

    @Test
    void searchForAustinFindsTheChineseArticlesThroughTheGazetteer() throws Exception {
        String blocks = command(STRANGER, "/search", "Austin").get("blocks").toString();

        assertThat(blocks).contains(TelegramEndToEndTest.SEED_003, TelegramEndToEndTest.SEED_004, "*奥斯汀*");
    }

    @Test
    void theNextPageButtonReplacesTheResultsWithPageTwo() throws Exception {
        JsonNode page1 = command(STRANGER, "/search", NewsbotWorld.PAGING_QUERY);
        List<String> values = page1.findValuesAsText("value");
        assertThat(values).hasSize(1);
        assertThat(page1.get("blocks").toString()).contains("10+ results · page 1");

        HttpResponse<String> ack = slack.post(bot.httpPort(), SlackRequests.blockAction(values.get(0), CHANNEL,
                fake.responseUrl("b1"), "trigger-b1"), Instant.now(), Map.of());

        assertThat(ack.statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> !fake.responses("b1").isEmpty());
        JsonNode page2 = fake.responses("b1").get(0).body();
        assertThat(page2.get("replace_original").asBoolean()).isTrue();
        assertThat(page2.get("blocks").toString()).contains("14 results · page 2", "Shangri-La Dialogue report");
        assertThat(page2.findValuesAsText("value")).isEmpty();
    }

    @Test
    void reloadByAnAdminRescansAndReportsTheCounts() throws Exception {
        Files.writeString(world.articles.resolve("new.md"),
                "# Dong Jun and Lloyd Austin hold a second video call\n\nDong Jun and Lloyd Austin held a video call.\n",
                StandardCharsets.UTF_8);

        String text = command(ADMIN, "/reload", "").toString();

        assertThat(text).contains("Configuration and topic reloaded.").containsPattern("Scanned \\d+ files: 1 added");
    }

    @Test
    void reloadByAStrangerIsPolitelyRefused() throws Exception {
        long before = world.live.digests().status().articles();
        Files.writeString(world.articles.resolve("new.md"), "# Dong Jun and Lloyd Austin\n\nDong Jun met Lloyd Austin.\n",
                StandardCharsets.UTF_8);

        String text = command(STRANGER, "/reload", "").toString();

        assertThat(text).contains("Sorry", "admins only").doesNotContain("Scanned");
        assertThat(world.live.digests().status().articles()).isEqualTo(before);
    }

    @Test
    void aBrokenTopicIsNamedAndSearchStillAnswers() throws Exception {
        world.writeTopic(world.topicText() + "\nthis is: [not closed\n");

        assertThat(command(ADMIN, "/reload", "").toString()).contains("previous one keeps running", "topic.yml")
                .containsPattern("line \\d+");
        assertThat(command(STRANGER, "/search", "Austin").get("blocks").toString())
                .contains(TelegramEndToEndTest.SEED_003);
    }

    @Test
    void aForgedSignatureIsRejectedWith401AndNothingIsAnswered() throws Exception {
        String body = SlackRequests.slashCommand("/latest", "", CHANNEL, fake.responseUrl("f1"), "trigger-f1");
        String ts = Long.toString(Instant.now().getEpochSecond());
        String forged = new SlackRequests("not-the-secret-0000000000").sign(ts, body);

        assertThat(slack.post(bot.httpPort(), body, ts, forged, Map.of()).statusCode()).isEqualTo(401);
        command(STRANGER, "/help", ""); // answered after: the forged one would have been answered first
        assertThat(fake.responses("f1")).isEmpty();
    }

    @Test
    void aStaleTimestampIsRejectedWith401() throws Exception {
        String body = SlackRequests.slashCommand("/latest", "", CHANNEL, fake.responseUrl("s1"), "trigger-s1");

        HttpResponse<String> response = slack.post(bot.httpPort(), body, Instant.now().minus(Duration.ofMinutes(6)),
                Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        command(STRANGER, "/help", "");
        assertThat(fake.responses("s1")).isEmpty();
    }

    @Test
    void aRetriedRequestIsAnsweredOnce() throws Exception {
        String body = SlackRequests.slashCommand("/search", "董军", CHANNEL, fake.responseUrl("t1"), "trigger-t1");
        assertThat(slack.post(bot.httpPort(), body, Instant.now(), Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> retry = slack.post(bot.httpPort(), body, Instant.now(),
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        assertThat(retry.statusCode()).isEqualTo(200);

        command(STRANGER, "/help", ""); // same channel, same lane: once this is answered, a duplicate would be too
        assertThat(fake.responses("t1")).hasSize(1);
    }

    @Test
    void helpListsTheAdminCommandsOnlyToAdmins() throws Exception {
        String help = command(STRANGER, "/help", "").toString();

        assertThat(help).contains("/latest", "/search").doesNotContain("/reload");
        assertThat(command(ADMIN, "/help", "").toString()).contains("/reload", "/status");
    }
}
