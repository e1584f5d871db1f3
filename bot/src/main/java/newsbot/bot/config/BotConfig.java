package newsbot.bot.config;

import java.nio.file.Path;
import java.util.List;
import newsbot.core.source.SourceRules;
import newsbot.core.store.DatabaseLocation;

/**
 * The settings of config/newsbot.yml. Secrets never live here: tokens come from the environment.
 *
 * @param articles      the article folder to ingest
 * @param database      the SQLite file, or a PostgreSQL database by JDBC URL
 * @param topic         the topic definition file (by default the one bundled in the jar, {@link BundledTopic})
 * @param maxFileBytes  files larger than this are rejected unread
 * @param ingestThreads workers reading and parsing files
 * @param schedule      when ingest runs by itself
 * @param telegram      the Telegram adapter (on when TELEGRAM_BOT_TOKEN is set)
 * @param slack         the Slack adapter (on when SLACK_BOT_TOKEN is set)
 * @param subscriptions the scheduled digests
 * @param server        the /health and /metrics server (off by default)
 * @param sources       rules naming outlets and kinds of sources by folder, path, host, name or title
 */
public record BotConfig(
        Path articles,
        DatabaseLocation database,
        Path topic,
        long maxFileBytes,
        int ingestThreads,
        ScheduleSettings schedule,
        TelegramSettings telegram,
        SlackSettings slack,
        List<Subscription> subscriptions,
        ServerSettings server,
        SourceRules sources) {

    public BotConfig {
        subscriptions = List.copyOf(subscriptions);
    }

    /** Without a configuration file: the folders relative to the working directory, the bundled topic. */
    public static BotConfig defaults() {
        return new BotConfig(Path.of("seeds"), new DatabaseLocation.SqliteFile(Path.of("data", "newsbot.db")), BundledTopic.path(), 5L * 1024 * 1024,
                Math.max(1, Runtime.getRuntime().availableProcessors()), ScheduleSettings.defaults(),
                TelegramSettings.defaults(), SlackSettings.defaults(), List.of(), ServerSettings.defaults(),
                SourceRules.NONE);
    }

    public BotConfig withDatabase(DatabaseLocation p) {
        return new BotConfig(articles, p, topic, maxFileBytes, ingestThreads, schedule, telegram, slack, subscriptions,
                server, sources);
    }

    public BotConfig withArticles(Path p) {
        return new BotConfig(p, database, topic, maxFileBytes, ingestThreads, schedule, telegram, slack, subscriptions,
                server, sources);
    }
}
