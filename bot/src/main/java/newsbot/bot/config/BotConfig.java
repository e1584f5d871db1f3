package newsbot.bot.config;

import java.nio.file.Path;

/**
 * The settings of config/newsbot.yml. Secrets never live here: tokens come from the environment.
 *
 * @param articles     the article folder to ingest
 * @param database     the SQLite file
 * @param maxFileBytes files larger than this are rejected unread
 * @param ingestThreads workers reading and parsing files
 */
public record BotConfig(Path articles, Path database, long maxFileBytes, int ingestThreads) {

    public static BotConfig defaults() {
        return new BotConfig(Path.of("seeds"), Path.of("data", "newsbot.db"), 5L * 1024 * 1024,
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public BotConfig withArticles(Path p) {
        return new BotConfig(p, database, maxFileBytes, ingestThreads);
    }

    public BotConfig withDatabase(Path p) {
        return new BotConfig(articles, p, maxFileBytes, ingestThreads);
    }
}
