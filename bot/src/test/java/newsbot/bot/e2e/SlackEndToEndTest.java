package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsbot.bot.commands.CommandSpec;
import newsbot.bot.commands.Commands;
import newsbot.bot.slack.FakeSlackServer;
import newsbot.bot.slack.SlackRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot as `newsbot run` wires it, Slack in HTTP mode (real Bolt), SQLite; signed requests in, a fake Slack out. */
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
    int port;
    int triggers;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeSlackServer();
        world = NewsbotWorld.create(tmp, "http://127.0.0.1:9/", fake.apiUrl().toString())
                .run(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", SIGNING_SECRET));
        port = world.slackPort();
    }

    @AfterEach
    void stop() {
        world.close();
        fake.close();
    }

    /** Sends a signed slash command and returns the first reply posted to its response_url. */
    JsonNode command(String user, String command, String text) throws Exception {
        String id = "r" + (++triggers);
        HttpResponse<String> ack = slack.post(port, SlackRequests.slashCommand(command, text, CHANNEL, user,
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
    void timelineListsTheSeedContactsOldestFirst() throws Exception {
        String months = NewsbotWorld.timelineToTheSeeds().substring("/timeline ".length());
        JsonNode reply = command(STRANGER, "/timeline", months);

        String blocks = reply.get("blocks").toString();
        assertThat(blocks).contains("Timeline of contacts · ").contains("Video call · Chiefs of staff")
                .contains("Video call · Defence ministers · Lloyd Austin (US) – Dong Jun (China)");
        assertThat(blocks.indexOf("2023-12-21")).isLessThan(blocks.indexOf("2024-04-16"));
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
    void aMisspelledNameIsSearchedAsTheKnownNameAndTheReplySaysSo() throws Exception {
        String blocks = command(STRANGER, "/search", "Austen").get("blocks").toString();

        assertThat(blocks).contains("_Showing results for “Austin” (you typed “Austen”)._", "*奥斯汀*");
    }

    @Test
    void theNextPageButtonReplacesTheResultsWithPageTwo() throws Exception {
        JsonNode page1 = command(STRANGER, "/search", NewsbotWorld.PAGING_QUERY);
        List<String> values = page1.findValuesAsText("value");
        assertThat(values).hasSize(1);
        assertThat(page1.get("blocks").toString()).contains("14 results · page 1");

        HttpResponse<String> ack = slack.post(port, SlackRequests.blockAction(values.get(0), CHANNEL,
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

        assertThat(slack.post(port, body, ts, forged, Map.of()).statusCode()).isEqualTo(401);
        command(STRANGER, "/help", ""); // answered after: the forged one would have been answered first
        assertThat(fake.responses("f1")).isEmpty();
    }

    @Test
    void aStaleTimestampIsRejectedWith401() throws Exception {
        String body = SlackRequests.slashCommand("/latest", "", CHANNEL, fake.responseUrl("s1"), "trigger-s1");

        HttpResponse<String> response = slack.post(port, body, Instant.now().minus(Duration.ofMinutes(6)),
                Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        command(STRANGER, "/help", "");
        assertThat(fake.responses("s1")).isEmpty();
    }

    @Test
    void aRetriedRequestIsAnsweredOnce() throws Exception {
        String body = SlackRequests.slashCommand("/search", "董军", CHANNEL, fake.responseUrl("t1"), "trigger-t1");
        assertThat(slack.post(port, body, Instant.now(), Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> retry = slack.post(port, body, Instant.now(),
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
    @Test
    void everyListedCommandIsASlashCommandAndNoneIsUnknown() throws Exception {
        for (CommandSpec c : Commands.listed()) {
            String reply = command(ADMIN, "/" + c.name(), DocumentedCommands.exampleArgs(c.name())).toString();
            assertThat(reply).as("/" + c.name()).doesNotContain("Unknown command", "something went wrong");
        }
    }

    @Test
    void anAdminSubscribesAChannelSeesItInStatusAndUnsubscribes() throws Exception {
        assertThat(command(ADMIN, "/subscribe", "0 30 7 ? * MON-FRI Asia/Shanghai en").toString())
                .contains("Subscribed: digests here at", "(Asia/Shanghai), language en; next at");
        assertThat(command(ADMIN, "/status", "").toString())
                .contains("Digest: slack:C0001 (", "MON-FRI Asia/Shanghai, en, chat), next");

        assertThat(command(ADMIN, "/unsubscribe", "").toString()).contains("Unsubscribed");
        assertThat(command(ADMIN, "/status", "").toString()).doesNotContain("slack:C0001");
    }

    /** {@code chart} at the end of /subscribe: the channel's digest is followed by the uploaded timeline picture. */
    @Test
    void anAdminSubscribesAChannelWithTheChartAndGetsThePictureAfterTheDigest() throws Exception {
        assertThat(command(ADMIN, "/subscribe", "* * * * * ? chart zh").toString())
                .contains("Subscribed: digests here at", "language zh, each followed by the timeline picture");
        assertThat(command(ADMIN, "/status", "").toString()).contains("Digest: slack:C0001 (", "UTC, zh, chat, chart)");

        Files.writeString(world.articles.resolve("after.md"), """
                # Dong Jun and Lloyd Austin agree to a third video call

                ![x](https://example.test/images/2024/07/02/call.jpg)

                Chinese Defense Minister Dong Jun and US Defense Secretary Lloyd Austin agreed to a third video call.
                """, StandardCharsets.UTF_8);
        world.live.ingest();

        await().atMost(WAIT).until(() -> fake.uploadsTo(CHANNEL).size() == 1);
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(fake.uploadsTo(CHANNEL).get(0).bytes()));
        assertThat(picture.getWidth()).isEqualTo(newsbot.bot.chart.TimelineChart.WIDTH);
        List<String> methods = fake.methods();
        assertThat(methods.lastIndexOf("chat.postMessage")).as("the digest before the picture")
                .isLessThan(methods.lastIndexOf("files.completeUploadExternal"));
    }

    @Test
    void aStrangerCannotSubscribe() throws Exception {
        assertThat(command(STRANGER, "/subscribe", "0 0 8 * * ?").toString()).contains("admins only");
        assertThat(command(STRANGER, "/unsubscribe", "").toString()).contains("admins only");
        assertThat(world.live.digests().delivery().subscriptions()).isEmpty();
    }

    @Test
    void aRenamedSlashCommandIsAnsweredAndTheOldNameIsNot() throws Exception {
        world.close();
        fake.close();
        fake = new FakeSlackServer();
        world = NewsbotWorld.create(tmp.resolve("renamed"), "http://127.0.0.1:9/", fake.apiUrl().toString(),
                "  commands:\n    search: /news-search\n    subscribe: /news-subscribe\n")
                .run(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", SIGNING_SECRET));
        port = world.slackPort();

        assertThat(command(STRANGER, "/news-search", "董军").get("blocks").toString())
                .contains(TelegramEndToEndTest.SEED_003);
        assertThat(command(ADMIN, "/news-subscribe", "0 0 8 * * ?").toString()).contains("Subscribed");
        assertThat(slack.post(port, SlackRequests.slashCommand("/search", "董军", CHANNEL, fake.responseUrl("old"),
                "trigger-old"), Instant.now(), Map.of()).statusCode()).isEqualTo(404);
    }

    @Test
    void helpAndRefusalsNameRenamedCommandsAsTheWorkspaceTypesThem() throws Exception {
        world.close();
        fake.close();
        fake = new FakeSlackServer();
        world = NewsbotWorld.create(tmp.resolve("renamed-help"), "http://127.0.0.1:9/", fake.apiUrl().toString(),
                "  commands:\n    search: /news-search\n    subscribe: /news-subscribe\n    help: /news-help\n")
                .run(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", SIGNING_SECRET));
        port = world.slackPort();

        String help = command(ADMIN, "/news-help", "").get("blocks").toString();
        assertThat(help).contains("/news-search QUERY", "e.g. /news-search 董军 or /news-search Austin",
                        "/news-subscribe CRON", "e.g. /news-subscribe 0 0 8", "/latest", "/news-help")
                .doesNotContain("/search", "/subscribe", "/help");
        assertThat(command(STRANGER, "/news-subscribe", "0 0 8 * * ?").toString())
                .contains("Sorry, /news-subscribe is for admins only").doesNotContain("/subscribe ");
        assertThat(command(ADMIN, "/news-subscribe", "soon").toString())
                .contains("Usage: /news-subscribe CRON").doesNotContain("/subscribe ");
    }
    @Test
    void adminRepliesAndRefusalsAreSeenOnlyByTheAsker() throws Exception {
        assertThat(command(ADMIN, "/status", "").get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(command(ADMIN, "/subscribe", "0 0 8 * * ?").get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(command(STRANGER, "/reload", "").get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(command(STRANGER, "/latest", "").get("response_type").asText()).isEqualTo("in_channel");
    }
    @Test
    void aRequestReplayedAfterARestartIsNotAnsweredAgain() throws Exception {
        String body = SlackRequests.slashCommand("/search", "董军", CHANNEL, fake.responseUrl("replayed"), "trigger-replay");
        Instant signedAt = Instant.now();
        assertThat(slack.post(port, body, signedAt, Map.of()).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> fake.responses("replayed").size() == 1);

        world.restart();
        port = world.slackPort();
        HttpResponse<String> replay = slack.post(port, body, signedAt, Map.of()); // same signature, still within 5 min

        assertThat(replay.statusCode()).isEqualTo(200);
        command(STRANGER, "/help", ""); // answered after: a second answer to the replay would be there by now
        assertThat(fake.responses("replayed")).hasSize(1);
    }
}
