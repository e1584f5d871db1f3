package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsbot.bot.slack.FakeSlackServer;
import newsbot.bot.telegram.FakeTelegramServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `newsbot check` as a child JVM with tokens in its environment, against the fake Telegram and Slack servers. */
class CheckCommandEndToEndTest {
    static final String TELEGRAM_TOKEN = "123456:TEST-FAKE-TOKEN-not-real";
    static final String SLACK_BOT_TOKEN = "fake-slack-bot-token-0000000000";
    static final String SLACK_APP_TOKEN = "fake-slack-app-token-0000000000";
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;
    FakeTelegramServer telegram;
    FakeSlackServer slack;
    Path config;

    record Result(int exitCode, List<String> lines, String all) {
    }

    @BeforeEach
    void setUp() throws Exception {
        telegram = new FakeTelegramServer();
        slack = new FakeSlackServer();
        telegram.knownChat(-100123, "supergroup", "Analysts", false);
        slack.knownChannel("C0NEWS", "news", true);
        Files.createDirectories(tmp.resolve("topics"));
        Files.copy(REPOSITORY.resolve("config/topics/us-china-military.yml"), tmp.resolve("topics/us.yml"));
        config = writeConfig("""
                subscriptions:
                  - platform: telegram
                    chat: "-100123"
                    cron: "0 0 8 * * ?"
                  - platform: slack
                    chat: C0NEWS
                    cron: "0 0 9 * * ?"
                """);
    }

    @AfterEach
    void tearDown() {
        telegram.close();
        slack.close();
    }

    Path writeConfig(String subscriptions) throws Exception {
        return Files.writeString(tmp.resolve("newsbot.yml"), """
                articles: %s
                database: data/n.db
                topic: topics/us.yml
                telegram:
                  api-url: %s
                slack:
                  api-url: %s
                %s""".formatted(REPOSITORY.resolve("seeds"), telegram.url(), slack.apiUrl(), subscriptions),
                StandardCharsets.UTF_8);
    }

    Result check(Map<String, String> env) throws Exception {
        Path out = tmp.resolve("check.out");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "newsbot.bot.cli.Main", "--config", config.toString(), "check")
                .directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("SLACK_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("check finished").isTrue();
        String all = Files.readString(out, StandardCharsets.UTF_8);
        List<String> lines = all.lines().filter(l -> !l.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).toList();
        return new Result(p.exitValue(), lines, all);
    }

    static Map<String, String> tokens() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN);
        env.put("SLACK_BOT_TOKEN", SLACK_BOT_TOKEN);
        env.put("SLACK_APP_TOKEN", SLACK_APP_TOKEN);
        return env;
    }

    @Test
    void goodTokensAndReachableChatsPassWithExitZero() throws Exception {
        Result r = check(tokens());

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.lines()).contains(
                "configuration " + config + " ✓",
                "topic " + tmp.resolve("topics/us.yml") + " ✓ us-china-military, " + entities(r) + " entities",
                "telegram ✓ @" + FakeTelegramServer.BOT_USERNAME,
                "slack ✓ newsbot in Fake, Socket Mode",
                "subscription telegram -100123 ✓ Analysts (supergroup)",
                "subscription slack C0NEWS ✓ #news");
        assertThat(r.lines()).anyMatch(l -> l.startsWith("database " + tmp.resolve("data/n.db") + " ✓"));
        assertThat(r.lines()).anyMatch(l -> l.equals("articles " + REPOSITORY.resolve("seeds") + " ✓ readable folder"));
        assertThat(telegram.calls("getChat")).singleElement().satisfies(c -> assertThat(c.param("chat_id")).isEqualTo("-100123"));
        assertThat(slack.calls("apps.connections.open")).singleElement()
                .satisfies(c -> assertThat(c.authorization()).isEqualTo("Bearer " + SLACK_APP_TOKEN));
        assertThat(telegram.calls("sendMessage")).isEmpty(); // nothing is posted
        assertThat(slack.calls("chat.postMessage")).isEmpty();
        assertThat(r.all()).doesNotContain("TEST-FAKE-TOKEN").doesNotContain(SLACK_BOT_TOKEN).doesNotContain(SLACK_APP_TOKEN);
    }

    private static String entities(Result r) {
        return r.lines().stream().filter(l -> l.startsWith("topic ")).findFirst().orElseThrow()
                .replaceAll(".* (\\d+) entities$", "$1");
    }

    @Test
    void aRefusedTelegramTokenExitsSevenAndSaysSo() throws Exception {
        telegram.rejectToken(TELEGRAM_TOKEN);

        Result r = check(tokens());

        assertThat(r.exitCode()).as(r.all()).isEqualTo(7);
        assertThat(r.lines()).contains("telegram ✗ token refused (401 Unauthorized)",
                "subscription telegram -100123 ✗ not checked: the token was refused",
                "slack ✓ newsbot in Fake, Socket Mode");
        assertThat(r.all()).doesNotContain("TEST-FAKE-TOKEN");
    }

    @Test
    void aRefusedSlackTokenExitsSeven() throws Exception {
        slack.rejectToken(SLACK_BOT_TOKEN);

        Result r = check(tokens());

        assertThat(r.exitCode()).as(r.all()).isEqualTo(7);
        assertThat(r.lines()).contains("slack ✗ token refused (invalid_auth)", "telegram ✓ @" + FakeTelegramServer.BOT_USERNAME);
    }

    @Test
    void anUnknownChatAndChannelAreNamedAndExitSeven() throws Exception {
        config = writeConfig("""
                subscriptions:
                  - platform: telegram
                    chat: "-100999"
                    cron: "0 0 8 * * ?"
                  - platform: slack
                    chat: C0GONE
                    cron: "0 0 9 * * ?"
                """);

        Result r = check(tokens());

        assertThat(r.exitCode()).as(r.all()).isEqualTo(7);
        assertThat(r.lines()).contains("subscription telegram -100999 ✗ chat not found",
                "subscription slack C0GONE ✗ channel not found");
    }

    @Test
    void withoutTokensPlatformsAreOffAndTheirSubscriptionsCannotBePosted() throws Exception {
        Result r = check(Map.of());

        assertThat(r.exitCode()).as(r.all()).isEqualTo(7);
        assertThat(r.lines()).contains("telegram – off: TELEGRAM_BOT_TOKEN is not set",
                "subscription telegram -100123 ✗ cannot be posted to: TELEGRAM_BOT_TOKEN is not set");
        assertThat(telegram.calls()).isEmpty();
    }

    @Test
    void withoutTokensOrSubscriptionsEverythingLocalIsCheckedAndExitIsZero() throws Exception {
        config = writeConfig("");

        Result r = check(Map.of());

        assertThat(r.exitCode()).as(r.all()).isZero();
        assertThat(r.lines()).contains("telegram – off: TELEGRAM_BOT_TOKEN is not set",
                "slack – off: SLACK_BOT_TOKEN is not set");
    }

    @Test
    void aBadConfigurationIsNamedWithFileLineAndKeyAndExitsThree() throws Exception {
        config = writeConfig("schedule:\n  ingest-every-minutes: often\n");

        Result r = check(tokens());

        assertThat(r.exitCode()).as(r.all()).isEqualTo(3);
        assertThat(r.lines()).singleElement().asString().startsWith("configuration " + config + " ✗ ")
                .contains("line 9").contains("schedule.ingest-every-minutes");
        assertThat(telegram.calls()).isEmpty();
    }

    @Test
    void aBadTopicIsNamedWithItsLineAndKeyAndExitsThree() throws Exception {
        Path topic = tmp.resolve("topics/us.yml");
        Files.writeString(topic, Files.readString(topic).replaceFirst("threshold: [0-9.]+", "threshold: high"));

        Result r = check(tokens());

        assertThat(r.exitCode()).as(r.all()).isEqualTo(3);
        assertThat(r.lines()).anyMatch(l -> l.startsWith("topic " + topic + " ✗ us.yml line ") && l.contains("threshold"));
        assertThat(r.lines()).contains("telegram ✓ @" + FakeTelegramServer.BOT_USERNAME); // the rest is still checked
    }

    @Test
    void aMissingArticleFolderExitsFive() throws Exception {
        Files.writeString(config, Files.readString(config).replace(REPOSITORY.resolve("seeds").toString(),
                tmp.resolve("nowhere").toString()));

        Result r = check(Map.of());

        assertThat(r.exitCode()).as(r.all()).isEqualTo(5);
        assertThat(r.lines()).contains("articles " + tmp.resolve("nowhere") + " ✗ no such folder");
    }

    @Test
    void aForumTopicNeedsAChatWithTopics() throws Exception {
        telegram.knownChat(-100777, "supergroup", "Forum", true);
        config = writeConfig("""
                subscriptions:
                  - platform: telegram
                    chat: "-100777"
                    thread: 42
                    cron: "0 0 8 * * ?"
                  - platform: telegram
                    chat: "-100123"
                    thread: 5
                    cron: "0 0 8 * * ?"
                """);

        Result r = check(Map.of("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN));

        assertThat(r.exitCode()).as(r.all()).isEqualTo(7);
        assertThat(r.lines()).contains("subscription telegram -100777/42 ✓ Forum (supergroup, topic 42)",
                "subscription telegram -100123/5 ✗ thread 5 given, but Analysts has no forum topics");
    }

    @Test
    void aChatAddedWithSubscribeIsCheckedToo() throws Exception {
        Result first = check(tokens()); // creates the database
        assertThat(first.exitCode()).as(first.all()).isZero();
        try (newsbot.core.Digests d = newsbot.core.Digests.open(tmp.resolve("data/n.db"), tmp.resolve("topics/us.yml"),
                java.time.Clock.systemUTC())) {
            d.delivery().putChatSubscription(new newsbot.core.delivery.SubscriptionSpec("telegram:-100555", "telegram",
                    "-100555", "0 0 8 * * ?", "UTC", "source", "silent", java.util.Optional.empty(),
                    newsbot.core.delivery.SubscriptionSpec.Origin.CHAT), java.time.Instant.now());
        }

        Result r = check(tokens());

        assertThat(r.exitCode()).as(r.all()).isEqualTo(7);
        assertThat(r.lines()).contains("subscription telegram -100555 (added in chat) ✗ chat not found");
    }
}
