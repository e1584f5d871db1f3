package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.bot.commands.CommandSpec;
import newsbot.bot.commands.Commands;
import newsbot.bot.telegram.FakeTelegramServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot as `newsbot run` wires it (TelegramBots client, router, renderers, SQLite), against a fake Bot API on 127.0.0.1. */
class TelegramEndToEndTest {
    static final String TOKEN = "123456:TEST-FAKE-TOKEN-not-real";
    static final long ADMIN = NewsbotWorld.TELEGRAM_ADMIN;
    static final long STRANGER = 1001;
    static final long GROUP = -100200;
    static final long CHANNEL = -100300;
    static final Duration WAIT = Duration.ofSeconds(8);
    static final String SEED_003 = "中美防长难得对话 说了什么";
    static final String SEED_004 = "17个月来首次重要沟通，中美防长这通电话释放什么信号";

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

    /** The whole reply to a chat once it has stopped growing: all messages' texts joined. */
    String replyTo(long chatId, int messages) {
        String id = Long.toString(chatId);
        await().atMost(WAIT).until(() -> fake.sentTo(id).size() >= messages);
        return String.join("\n", fake.sentTo(id).stream().map(c -> c.param("text")).toList());
    }

    /** The text of the {@code n}-th message posted to a chat (1-based), once it is there. */
    String message(long chatId, int n) {
        String id = Long.toString(chatId);
        await().atMost(WAIT).until(() -> fake.sentTo(id).size() >= n);
        return fake.sentTo(id).get(n - 1).param("text");
    }

    @Test
    void setMyCommandsCarriesEveryListedCommand() {
        List<FakeTelegramServer.Call> set = fake.calls("setMyCommands");
        assertThat(set).hasSize(1);
        assertThat(set.get(0).params().get("commands").findValuesAsText("command"))
                .containsExactlyElementsOf(Commands.listed().stream().map(CommandSpec::name).toList())
                .contains("help", "latest", "search", "reload", "status", "subscribe", "unsubscribe");
        assertThat(set.get(0).params().get("commands").findValuesAsText("description")).allSatisfy(d ->
                assertThat(d).isNotBlank().hasSizeLessThanOrEqualTo(256));
    }

    @Test
    void latestListsTheSeedStoriesWithHeadlinesEscapedForHtml() {
        fake.privateMessage(STRANGER, "/latest", "en");

        String reply = replyTo(STRANGER, 1);
        assertThat(fake.sentTo("1001").get(0).param("parse_mode")).isEqualToIgnoringCase("HTML");
        assertThat(reply).contains(SEED_004, "美中军方在中断交流一年多后恢复对话",
                        "US defence chief Lloyd Austin to meet Chinese counterpart this month")
                .contains("Dong Jun &amp; Lloyd Austin agree: hotline answered in &lt; 24 hours")
                .doesNotContain("< 24");
    }

    @Test
    void timelineListsTheSeedContactsOldestFirstWithKindLevelAndSides() {
        fake.privateMessage(STRANGER, NewsbotWorld.timelineToTheSeeds(), "en");

        String reply = replyTo(STRANGER, 1);
        assertThat(fake.sentTo("1001").get(0).param("parse_mode")).isEqualToIgnoringCase("HTML");
        assertThat(reply).startsWith("<b>Timeline of contacts · ").containsSubsequence(
                "2023-11  Meeting · Attachés", "2023-12-21  Video call · Chiefs of staff",
                "2024-04-16  Video call · Defence ministers · Lloyd Austin (US) – Dong Jun (China)");
    }

    @Test
    void timelineSaysHowToAskWhenTheMonthsAreNotANumber() {
        fake.privateMessage(STRANGER, "/timeline forever", "en");

        assertThat(replyTo(STRANGER, 1)).contains("Usage: /timeline [N months]");
    }

    @Test
    void searchForDongJunFindsSeeds003And004() {
        fake.privateMessage(STRANGER, "/search 董军", "zh-hans");

        String reply = replyTo(STRANGER, 1);
        assertThat(reply).contains(SEED_003, SEED_004, "<b>董军</b>");
    }

    @Test
    void searchForAustinFindsTheChineseArticlesThroughTheGazetteer() {
        fake.privateMessage(STRANGER, "/search Austin", "en");

        String reply = replyTo(STRANGER, 1);
        assertThat(reply).contains(SEED_003, SEED_004, "<b>奥斯汀</b>");
    }

    @Test
    void theNextPageButtonIsAnsweredAndTurnsTheMessageToPageTwo() {
        fake.privateMessage(STRANGER, "/search " + NewsbotWorld.PAGING_QUERY, "en");
        String page1 = replyTo(STRANGER, 1);
        FakeTelegramServer.Call sent = fake.sentTo("1001").get(0);
        String data = sent.params().at("/reply_markup/inline_keyboard/0/0/callback_data").asText();
        assertThat(data).isNotBlank();
        assertThat(sent.params().at("/reply_markup/inline_keyboard/0/0/text").asText()).contains("Next page");

        fake.buttonPress(STRANGER, STRANGER, 501, data);

        await().atMost(WAIT).until(() -> fake.calls("editMessageText").size() == 1);
        assertThat(fake.calls("answerCallbackQuery")).hasSize(1);
        FakeTelegramServer.Call edit = fake.calls("editMessageText").get(0);
        assertThat(edit.param("message_id")).isEqualTo("501");
        String page2 = edit.param("text");
        assertThat(page1).contains("14 results · page 1");
        assertThat(page2).contains("共 14 条结果 · 第 2 页"); // the presser reads Chinese; 13 fixtures + seed 001
        Set<String> first = reports(page1);
        Set<String> second = reports(page2);
        assertThat(first).hasSize(10).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(NewsbotWorld.PAGING_ARTICLES - 10);
        assertThat(edit.params().at("/reply_markup/inline_keyboard/0/0/callback_data").isMissingNode()).isTrue();
        assertThat(fake.sentTo("1001")).hasSize(1);
    }

    private static Set<String> reports(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("Shangri-La Dialogue report (\\d+):").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void reloadByAnAdminRescansAndReportsTheCounts() throws Exception {
        Files.writeString(world.articles.resolve("new.md"), """
                # Dong Jun and Lloyd Austin hold a second video call

                ![x](https://example.test/images/2024/07/01/call.jpg)

                Chinese Defense Minister Dong Jun and US Defense Secretary Lloyd Austin held a second video call.
                """, StandardCharsets.UTF_8);

        fake.privateMessage(ADMIN, "/reload", "en");

        assertThat(replyTo(ADMIN, 1)).contains("Configuration and topic reloaded.")
                .containsPattern("Scanned \\d+ files: 1 added, 0 updated");
    }

    @Test
    void reloadByAStrangerIsPolitelyRefusedAndReloadsNothing() throws Exception {
        long before = world.live.digests().status().articles();
        Files.writeString(world.articles.resolve("new.md"), "# Dong Jun and Lloyd Austin talk again\n\nDong Jun and Lloyd Austin talked.\n",
                StandardCharsets.UTF_8);

        fake.privateMessage(STRANGER, "/reload", "en");

        assertThat(replyTo(STRANGER, 1)).contains("Sorry", "admins only").doesNotContain("Scanned");
        assertThat(world.live.digests().status().articles()).isEqualTo(before);
    }

    @Test
    void aBrokenTopicFileIsNamedWithItsLineAndTheOldTopicKeepsAnswering() {
        world.writeTopic(world.topicText() + "\nthis is: [not closed\n");

        fake.privateMessage(ADMIN, "/reload", "en");

        String reply = replyTo(ADMIN, 1);
        assertThat(reply).contains("previous one keeps running", "topic.yml").containsPattern("line \\d+");
        fake.privateMessage(ADMIN, "/search Austin", "en");
        assertThat(replyTo(ADMIN, 2)).contains(SEED_003, "<b>奥斯汀</b>");
    }

    @Test
    void aBrokenConfigFileNamesTheFileLineAndKeyAndTheOldConfigKeepsWorking() {
        world.writeConfig(world.config(fake.url().toString(), "http://127.0.0.1:9/api/")
                .replace("  admins: [" + ADMIN + "]", "  admins: [me]"));

        fake.privateMessage(ADMIN, "/reload", "en");

        String reply = replyTo(ADMIN, 1);
        assertThat(reply).contains("previous one keeps running", "newsbot.yml", "telegram.admins")
                .containsPattern("line \\d+");
        fake.privateMessage(ADMIN, "/status", "en"); // still an admin: the old configuration runs
        assertThat(replyTo(ADMIN, 2)).containsPattern("\\d+ articles");
        fake.privateMessage(ADMIN, "/search 董军", "en");
        assertThat(replyTo(ADMIN, 3)).contains(SEED_004);
    }

    @Test
    void sourcesRulesAddedByReloadNameTheOutletsInLatest() {
        fake.privateMessage(ADMIN, "/latest 3", "en"); // one message
        assertThat(replyTo(ADMIN, 1)).contains("腾讯新闻: " + SEED_004).doesNotContain("QQ mirror");
        world.writeConfig(world.config(fake.url().toString(), "http://127.0.0.1:9/api/") + """
                sources:
                  - path: "004_*.txt"
                    outlet: QQ mirror
                    kind: commentary
                """);

        fake.privateMessage(ADMIN, "/reload", "en");
        assertThat(replyTo(ADMIN, 2)).contains("Configuration and topic reloaded.");
        fake.privateMessage(ADMIN, "/latest 3", "en");

        assertThat(replyTo(ADMIN, 3)).contains("QQ mirror · commentary: " + SEED_004);
    }

    @Test
    void aBrokenSourcesRuleIsNamedAndTheOldOutletsStay() {
        world.writeConfig(world.config(fake.url().toString(), "http://127.0.0.1:9/api/") + """
                sources:
                  - path: "004_*.txt"
                    outlet: QQ mirror
                    kind: rumour
                """);

        fake.privateMessage(ADMIN, "/reload", "en");
        assertThat(replyTo(ADMIN, 1)).contains("previous one keeps running", "newsbot.yml", "sources[0].kind")
                .containsPattern("line \\d+");
        fake.privateMessage(ADMIN, "/latest 3", "en");

        assertThat(replyTo(ADMIN, 2)).contains("腾讯新闻: " + SEED_004).doesNotContain("QQ mirror");
    }

    @Test
    void anAdminAddedByReloadIsAnAdminForTheNextCommand() {
        world.writeConfig(world.config(fake.url().toString(), "http://127.0.0.1:9/api/")
                .replace("  admins: [" + ADMIN + "]", "  admins: [" + ADMIN + ", " + STRANGER + "]"));

        fake.privateMessage(ADMIN, "/reload", "en");
        assertThat(replyTo(ADMIN, 1)).contains("Configuration and topic reloaded.");
        fake.privateMessage(STRANGER, "/status", "en");

        assertThat(replyTo(STRANGER, 1)).containsPattern("\\d+ articles").doesNotContain("admins only");
    }

    @Test
    void tooManyRequestsWithRetryAfterIsHonouredAndTheReplyStillArrives() {
        fake.failNextSend("1001", 429, "Too Many Requests: retry after 3", 3);

        fake.privateMessage(STRANGER, "/help", "en");

        assertThat(replyTo(STRANGER, 2)).contains("/search");
        assertThat(world.sleeper.sleeps).contains(Duration.ofSeconds(3));
        assertThat(fake.sentTo(Long.toString(ADMIN))).isEmpty();
    }

    @Test
    void aForbiddenChatIsReportedToTheAdminsAndNotRetried() {
        fake.failNextSend("1001", 403, "Forbidden: bot was blocked by the user", null);

        fake.privateMessage(STRANGER, "/latest", "en");

        assertThat(replyTo(ADMIN, 1)).contains("cannot post in telegram chat 1001", "blocked");
        assertThat(fake.sentTo("1001")).hasSize(1);
    }

    @Test
    void aCommandForAnotherBotIsIgnoredAndOursIsAnswered() {
        fake.groupMessage(GROUP, STRANGER, "/search@OtherBot 董军");
        fake.groupMessage(GROUP, STRANGER, "/help@" + FakeTelegramServer.BOT_USERNAME);

        String reply = replyTo(GROUP, 1);
        assertThat(fake.sentTo(Long.toString(GROUP))).hasSize(1);
        assertThat(reply).contains("/latest").doesNotContain(SEED_003);
    }

    @Test
    void aChannelPostIsAnsweredInTheChannel() {
        fake.channelPost(CHANNEL, "/latest 2");

        String reply = replyTo(CHANNEL, 1);
        assertThat(reply).contains("Dong Jun &amp; Lloyd Austin");
        assertThat(fake.calls("sendMessage")).allSatisfy(c -> assertThat(c.param("chat_id")).isEqualTo("-100300"));
    }

    @Test
    void aMisspelledNameIsSearchedAsTheKnownNameAndTheReplySaysSo() {
        fake.privateMessage(STRANGER, "/search Austen", "en");

        assertThat(replyTo(STRANGER, 1)).contains("<i>Showing results for “Austin” (you typed “Austen”).</i>",
                SEED_003, "<b>奥斯汀</b>");
    }

    @Test
    void aPagePastTheEndSaysHowManyPagesThereAre() {
        fake.privateMessage(STRANGER, "/search " + NewsbotWorld.PAGING_QUERY + " page 9", "en");

        assertThat(replyTo(STRANGER, 1)).isEqualTo("Page 9 is past the end: there are 2 pages of results.");
    }

    @Test
    void aSearchThatFindsNothingSuggestsTheNearestKnownTerm() {
        fake.privateMessage(STRANGER, "/search consultatoins", "zh-hans");

        assertThat(replyTo(STRANGER, 1)).isEqualTo("没有找到“consultatoins”的结果。 您要找的是不是“consultations”？");
    }

    @Test
    void anEnglishExclusionAlsoLeavesOutTheChineseArticles() {
        fake.privateMessage(STRANGER, "/search Austin -Dong Jun", "en");

        assertThat(replyTo(STRANGER, 1)).doesNotContain(SEED_003, SEED_004);
    }

    @Test
    void anEmptySearchSaysWhatToType() {
        fake.privateMessage(STRANGER, "/search", "en");

        assertThat(replyTo(STRANGER, 1)).contains("/search 董军", "/search Austin");
    }

    @Test
    void aSearchWithNoHitsSaysSoWithTheQueryEscaped() {
        fake.privateMessage(STRANGER, "/search zzqxv <b>", "en");

        assertThat(replyTo(STRANGER, 1)).contains("No results for", "zzqxv &lt;b&gt;").doesNotContain("<b>zzqxv");
    }

    @Test
    void aSingleChineseCharacterWithNoHitsIsExplained() {
        fake.privateMessage(STRANGER, "/search 煲", "en");

        assertThat(replyTo(STRANGER, 1)).contains("No results for “煲”", "two or more characters");
    }

    @Test
    void aQueryOfPunctuationOnlyIsExplained() {
        fake.privateMessage(STRANGER, "/search <>&", "en");

        assertThat(replyTo(STRANGER, 1)).contains("Nothing to search for").doesNotContain("<>");
    }

    @Test
    void aBrokenDatabaseGetsAPoliteApologyWithoutDetails() throws Exception {
        Path db = world.dir.resolve("newsbot.db");
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        Files.write(db, "this is not a database, it is a test overwriting one".repeat(200).getBytes(StandardCharsets.UTF_8));

        fake.privateMessage(STRANGER, "/search 董军", "en");

        assertThat(replyTo(STRANGER, 1)).contains("Sorry, something went wrong")
                .doesNotContain("Exception", "SQL", "newsbot.db", tmp.toString());
    }

    @Test
    void anUnknownCommandPointsToHelp() {
        fake.privateMessage(STRANGER, "/frobnicate", "en");

        assertThat(replyTo(STRANGER, 1)).contains("/help");
    }
    @Test
    void everyListedCommandIsAnsweredAndNoneIsUnknown() {
        for (CommandSpec c : Commands.listed()) {
            int before = fake.sentTo(Long.toString(ADMIN)).size();
            fake.privateMessage(ADMIN, "/" + c.name() + " " + DocumentedCommands.exampleArgs(c.name()), "en");
            assertThat(message(ADMIN, before + 1)).as("/" + c.name())
                    .doesNotContain("Unknown command", "something went wrong");
        }
    }

    @Test
    void anAdminSubscribesAGroupSeesItInStatusAndUnsubscribes() {
        fake.groupMessage(GROUP, ADMIN, "/subscribe 0 0 8 * * ? Asia/Shanghai zh");
        assertThat(message(GROUP, 1)).contains("Subscribed: digests here at \"0 0 8 * * ?\" (Asia/Shanghai), language zh",
                "next at");

        fake.groupMessage(GROUP, ADMIN, "/status");
        assertThat(message(GROUP, 2)).contains("Digest: telegram:-100200 (0 0 8 * * ? Asia/Shanghai, zh, chat), next");

        fake.groupMessage(GROUP, ADMIN, "/unsubscribe");
        assertThat(message(GROUP, 3)).contains("Unsubscribed: no more scheduled digests here.");
        fake.groupMessage(GROUP, ADMIN, "/status");
        assertThat(message(GROUP, 4)).doesNotContain("telegram:-100200");
    }

    /** {@code chart} at the end of /subscribe: the chat's digest is followed by the timeline picture (sendPhoto). */
    @Test
    void anAdminSubscribesAGroupWithTheChartAndGetsThePictureAfterTheDigest() throws Exception {
        fake.groupMessage(GROUP, ADMIN, "/subscribe * * * * * ? en chart");
        assertThat(message(GROUP, 1)).contains("Subscribed: digests here at \"* * * * * ?\" (UTC), language en, "
                + "each followed by the timeline picture");
        fake.groupMessage(GROUP, ADMIN, "/status");
        assertThat(message(GROUP, 2)).contains("Digest: telegram:-100200 (* * * * * ? UTC, en, chat, chart), next");

        Files.writeString(world.articles.resolve("after.md"), """
                # Dong Jun and Lloyd Austin agree to a third video call

                ![x](https://example.test/images/2024/07/02/call.jpg)

                Chinese Defense Minister Dong Jun and US Defense Secretary Lloyd Austin agreed to a third video call.
                """, StandardCharsets.UTF_8);
        world.live.ingest();

        String chat = Long.toString(GROUP);
        await().atMost(WAIT).until(() -> fake.photosTo(chat).size() == 1);
        assertThat(fake.sentTo(chat).get(fake.sentTo(chat).size() - 1).param("text")).contains("third video call");
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(
                new java.io.ByteArrayInputStream(fake.photosTo(chat).get(0).file("photo")));
        assertThat(picture.getWidth()).isEqualTo(newsbot.bot.chart.TimelineChart.WIDTH);
        assertThat(fake.photosTo(chat).get(0).param("caption")).startsWith("<b>Timeline of contacts · ");
        List<String> order = fake.calls().stream().map(FakeTelegramServer.Call::method)
                .filter(m -> m.equals("sendmessage") || m.equals("sendphoto")).toList();
        assertThat(order.get(order.size() - 1)).as("the picture after the digest").isEqualTo("sendphoto");
    }

    @Test
    void aStrangerCannotSubscribeOrUnsubscribe() throws Exception {
        fake.groupMessage(GROUP, STRANGER, "/subscribe 0 0 8 * * ?");
        fake.groupMessage(GROUP, STRANGER, "/unsubscribe");

        assertThat(replyTo(GROUP, 2)).contains("Sorry, /subscribe is for admins only.",
                "Sorry, /unsubscribe is for admins only.");
        assertThat(world.live.digests().delivery().subscriptions()).isEmpty();
    }

    @Test
    void aBadScheduleIsExplainedWithTheUsage() {
        fake.groupMessage(GROUP, ADMIN, "/subscribe every morning");

        assertThat(replyTo(GROUP, 1)).contains("Usage: /subscribe CRON [ZONE] [zh|en|source] [chart]");
    }

    /** The alert that a chat's digests are paused tells admins to send /subscribe there: that must resume them. */
    @Test
    void aPausedChatResumesWhenAnAdminSendsSubscribeThere() throws Exception {
        fake.groupMessage(GROUP, ADMIN, "/subscribe * * * * * ?");
        assertThat(replyTo(GROUP, 1)).contains("Subscribed");
        fake.failNextSend(Long.toString(GROUP), 403, "Forbidden: bot was kicked from the supergroup chat", null);
        Files.writeString(world.articles.resolve("after.md"), """
                # Dong Jun and Lloyd Austin agree to a third video call

                ![x](https://example.test/images/2024/07/02/call.jpg)

                Chinese Defense Minister Dong Jun and US Defense Secretary Lloyd Austin agreed to a third video call.
                """, StandardCharsets.UTF_8);
        world.live.ingest();

        String alert = replyTo(ADMIN, 1);
        assertThat(alert).contains("scheduled digests to telegram chat -100200 are paused",
                "send /subscribe in that chat to resume");
        fake.groupMessage(GROUP, ADMIN, "/subscribe 0 0 8 * * ?");

        assertThat(replyTo(GROUP, 3)).contains("Subscribed: digests here at \"0 0 8 * * ?\"");
        assertThat(world.live.digests().delivery().subscriptions()).singleElement()
                .satisfies(sub -> assertThat(sub.paused()).isFalse());
    }
}
