package newsbot.bot.schedule;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import newsbot.bot.app.BotRuntime;
import newsbot.bot.app.DeliveryTiming;
import newsbot.bot.app.LiveConfig;
import newsbot.bot.config.ConfigLoader;
import newsbot.bot.delivery.OutboxBackoff;
import newsbot.bot.slack.SlackFake;
import newsbot.bot.telegram.TelegramFake;
import newsbot.core.Digests;

/** A running bot (real Quartz, real SQLite, real chat clients) against the fake Telegram and Slack servers. */
final class Harness implements AutoCloseable {
    static final String TG_CHAT = "-100777";
    static final String SLACK_CHANNEL = "C0NEWS";

    final Path dir;
    final Path articles;
    /** A SQLite file, or a PostgreSQL URL when the suite runs on PostgreSQL. */
    final String db;
    final Path config;
    final TelegramFake telegram;
    final SlackFake slack;
    LiveConfig live;
    BotRuntime runtime;

    Harness(Path dir) throws Exception {
        this.dir = dir;
        this.articles = Files.createDirectories(dir.resolve("articles"));
        this.db = newsbot.core.store.pg.TestDatabases.fresh(dir.resolve("newsbot.db")).describe();
        this.config = dir.resolve("newsbot.yml");
        this.telegram = new TelegramFake();
        this.slack = new SlackFake();
    }

    /** Writes the configuration with these subscription entries (YAML list items). */
    void configure(String subscriptions) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.writeString(config, """
                articles: %s
                database: "%s"
                topic: %s
                schedule:
                  ingest-every-minutes: 60
                  watch: false
                telegram:
                  api-url: %s
                  admins: [4242]
                slack:
                  api-url: %s
                  mode: http
                  http-port: %d
                subscriptions:
                %s""".formatted(articles, db, Articles.TOPIC, telegram.url(), slack.apiUrl(), port,
                subscriptions.indent(2)), StandardCharsets.UTF_8);
    }

    static String sub(String platform, String chat, String cron) {
        return "- platform: " + platform + "\n  chat: \"" + chat + "\"\n  cron: \"" + cron + "\"\n  zone: UTC\n";
    }

    void start(Clock clock) throws Exception {
        var c = new ConfigLoader().load(config);
        live = new LiveConfig(Optional.of(config), c, Digests.open(c.database(), c.topic(), c.sources(), clock));
        runtime = new BotRuntime(live, Map.of("TELEGRAM_BOT_TOKEN", "123456:TEST-FAKE-TOKEN-not-real",
                "SLACK_BOT_TOKEN", "fake-slack-bot-token-0000000000", "SLACK_SIGNING_SECRET", "fake-signing-secret-0000"),
                clock, new DeliveryTiming(Duration.ofMillis(200), new OutboxBackoff(Duration.ofMillis(200), Duration.ofSeconds(1))));
        runtime.start();
    }

    void stop() {
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
    }

    long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + db)) {
            c.createStatement().executeUpdate(sql);
        }
    }

    static long occurrences(java.util.List<String> texts, String marker) {
        return texts.stream().filter(t -> t.contains(marker)).count();
    }

    @Override
    public void close() {
        stop();
        telegram.close();
        slack.close();
    }
}
