package newsbot.bot.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import newsbot.bot.app.AdapterTuning;
import newsbot.bot.app.BotRuntime;
import newsbot.bot.app.DeliveryTiming;
import newsbot.bot.app.LiveConfig;
import newsbot.bot.chat.FloodGuard;
import newsbot.bot.chat.RecordingSleeper;
import newsbot.bot.chat.RetryPolicy;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.ConfigLoader;
import newsbot.core.Digests;

/**
 * A real newsbot on disk for end-to-end tests: the repository's seeds (plus fixture articles) in an article
 * folder, a copy of the real topic file, a config file naming both and a real SQLite file. {@link #run} starts it
 * with the wiring of `newsbot run` ({@link BotRuntime}): the adapters whose tokens are given, against the fakes
 * the configuration names, Quartz, the outbox and the first ingest; only waits and retries are shortened.
 */
final class NewsbotWorld implements AutoCloseable {
    /** "/timeline N" for enough months to reach back to the seeds' first contact (Nov 2023) from today. */
    static String timelineToTheSeeds() {
        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        return "/timeline " + (java.time.temporal.ChronoUnit.MONTHS.between(java.time.YearMonth.of(2023, 10), now) + 1);
    }

    static final long TELEGRAM_ADMIN = 7001;
    static final String SLACK_ADMIN = "U0ADMIN";
    /** Fixture articles that all match {@link #PAGING_QUERY}: more than one page of ten. */
    static final int PAGING_ARTICLES = 13;
    static final String PAGING_QUERY = "Shangri-La";

    final Path dir;
    final Path articles;
    final Path configFile;
    final Path topicFile;
    final LiveConfig live;
    /** What the adapters waited (pacing, retry-after): recorded, not slept. */
    final RecordingSleeper sleeper = new RecordingSleeper();
    BotRuntime runtime;
    private Map<String, String> env = Map.of();

    private final String slackExtra;

    private NewsbotWorld(Path dir, String telegramApi, String slackApi, String slackExtra) throws Exception {
        this.slackExtra = slackExtra;
        this.dir = dir;
        this.articles = Files.createDirectories(dir.resolve("articles"));
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, articles.resolve(seed.getFileName()));
            }
        }
        writePagingArticles();
        writeEscapingArticle();
        this.topicFile = Files.copy(Path.of("..", "config", "topics", "us-china-military.yml"), dir.resolve("topic.yml"));
        this.configFile = dir.resolve("newsbot.yml");
        Files.writeString(configFile, config(telegramApi, slackApi), StandardCharsets.UTF_8);
        BotConfig config = new ConfigLoader().load(configFile);
        Digests digests = Digests.open(config.database(), config.topic(), config.sources(), Clock.systemUTC());
        this.live = new LiveConfig(Optional.of(configFile), config, digests);
    }

    /** Tests here send commands faster than people do; the flood limits have tests of their own. */
    static final FloodGuard.Budgets UNLIMITED = new FloodGuard.Budgets(new FloodGuard.Budget(1_000, Duration.ofMillis(1)),
            new FloodGuard.Budget(1_000, Duration.ofMillis(1)));

    /** Starts the bot as `newsbot run` does, with these environment variables; returns once it answers. */
    NewsbotWorld run(Map<String, String> env) throws Exception {
        this.env = env;
        runtime = new BotRuntime(live, env, Clock.systemUTC(), DeliveryTiming.DEFAULT, new AdapterTuning(sleeper,
                new RetryPolicy(3, Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofSeconds(60)),
                Duration.ofSeconds(1), UNLIMITED, "127.0.0.1", 0));
        runtime.start();
        return this;
    }

    /** Scans the article folder without starting the bot (for the console and child-process tests). */
    NewsbotWorld ingest() throws Exception {
        live.ingest();
        return this;
    }

    /** Stops the running bot and starts it again on the same files, as a restart of `newsbot run` would. */
    NewsbotWorld restart() throws Exception {
        runtime.close();
        return run(env);
    }

    int slackPort() {
        return runtime.adapters().slackHttpPort().orElseThrow();
    }

    @Override
    public void close() {
        if (runtime != null) {
            runtime.close();
        }
        live.digests().close();
    }

    static NewsbotWorld create(Path dir) throws Exception {
        return create(dir, "http://127.0.0.1:9/", "http://127.0.0.1:9/api/");
    }

    static NewsbotWorld create(Path dir, String telegramApi, String slackApi) throws Exception {
        return new NewsbotWorld(dir, telegramApi, slackApi, "");
    }

    /** @param slackExtra more lines of the configuration's {@code slack:} mapping, indented by two spaces */
    static NewsbotWorld create(Path dir, String telegramApi, String slackApi, String slackExtra) throws Exception {
        return new NewsbotWorld(dir, telegramApi, slackApi, slackExtra);
    }

    String config(String telegramApi, String slackApi) {
        return """
                articles: %s
                database: %s
                topic: %s
                telegram:
                  api-url: %s
                  admins: [%d]
                slack:
                  api-url: %s
                  mode: http
                  admins: [%s]
                %s""".formatted(quoted(articles), quoted(dir.resolve("newsbot.db")), quoted(topicFile), telegramApi,
                TELEGRAM_ADMIN, slackApi, SLACK_ADMIN, slackExtra);
    }

    private static String quoted(Path p) {
        return "\"" + p.toAbsolutePath().toString().replace("\\", "/") + "\"";
    }

    /** A headline with characters that must be escaped in Telegram HTML and Slack mrkdwn, newer than the seeds. */
    static final String ESCAPE_HEADLINE = "Dong Jun & Lloyd Austin agree: hotline answered in < 24 hours";

    private void writeEscapingArticle() throws IOException {
        Files.writeString(articles.resolve("escape.md"), """
                # %s

                ![photo](https://example.test/images/2024/06/20/hotline.jpg)

                US Defense Secretary Lloyd Austin and Chinese Defense Minister Dong Jun agreed in a video call to \
                restore the military hotline between the Pentagon and the People's Liberation Army.
                """.formatted(ESCAPE_HEADLINE), StandardCharsets.UTF_8);
    }

    /** Distinct English reports on the defence chiefs at the Shangri-La Dialogue, older than the seeds. */
    private void writePagingArticles() throws IOException {
        String[] places = {"Singapore", "the Shangri-La hotel", "a side room", "the plenary hall", "a closed session",
                "the press centre", "a bilateral meeting", "the opening dinner", "a working lunch", "the sidelines",
                "a morning panel", "the closing session", "a delegation briefing"};
        String[] topics = {"military hotlines", "the South China Sea", "Taiwan", "maritime safety", "crisis communication",
                "cyber norms", "space operations", "missing personnel", "nuclear risk", "exercise notifications",
                "coast guard encounters", "theatre commander calls", "air intercepts"};
        for (int i = 0; i < PAGING_ARTICLES; i++) {
            LocalDate day = LocalDate.of(2022, 6, 10).plusDays(i % 3);
            String text = """
                    # Shangri-La Dialogue report %d: Dong Jun and Lloyd Austin on %s

                    ![photo](https://example.test/images/%s/report-%d.jpg)

                    Chinese Defense Minister Dong Jun and US Defense Secretary Lloyd Austin met at %s during the \
                    Shangri-La Dialogue and discussed %s, according to the Pentagon and the Chinese defense ministry.

                    Report %d adds that the two militaries agreed to keep talking about %s, and that officers from the \
                    People's Liberation Army and the US military would follow up within weeks.
                    """.formatted(i + 1, topics[i], day.toString().replace('-', '/'), i, places[i], topics[i], i + 1,
                    topics[(i + 5) % topics.length]);
            Files.writeString(articles.resolve("shangri-la-%02d.md".formatted(i + 1)), text, StandardCharsets.UTF_8);
        }
    }

    void writeConfig(String text) {
        try {
            Files.writeString(configFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeTopic(String text) {
        try {
            Files.writeString(topicFile, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String topicText() {
        try {
            return Files.readString(topicFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
