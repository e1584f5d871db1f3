package newsbot.bot.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.ConfigException;
import newsbot.bot.config.ConfigLoader;
import newsbot.core.Digests;
import newsbot.core.store.StoreException;
import newsbot.core.topic.TopicFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "newsbot", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "News digests for Telegram and Slack from a folder of articles.",
        subcommands = {IngestCommand.class, ListCommand.class, SearchCommand.class, ExplainCommand.class,
                StoriesCommand.class, DigestCommand.class, ChatCommand.class, RunCommand.class,
                CommandLine.HelpCommand.class})
public final class NewsbotCommand {
    static final Path DEFAULT_CONFIG = Path.of("config", "newsbot.yml");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Configuration file (default: config/newsbot.yml if it exists, else built-in defaults).")
    Path config;

    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "SQLite database file (default: from the configuration, data/newsbot.db).")
    Path db;

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new NewsbotCommand());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println("newsbot: " + oneLine(e));
            return e instanceof UserError ? ((UserError) e).exitCode : 1;
        });
        return cl;
    }

    /** The configuration: the file named, else config/newsbot.yml when present, else defaults; flags override it. */
    BotConfig settings() {
        BotConfig c;
        try {
            if (config != null) {
                c = new ConfigLoader().load(config);
            } else if (Files.isRegularFile(DEFAULT_CONFIG)) {
                c = new ConfigLoader().load(DEFAULT_CONFIG);
            } else {
                c = BotConfig.defaults();
            }
        } catch (ConfigException e) {
            throw new UserError(e.getMessage(), 3);
        }
        return db == null ? c : c.withDatabase(db);
    }

    /** The configuration file in use, if any: the one named, else config/newsbot.yml when present. */
    java.util.Optional<Path> configFile() {
        if (config != null) {
            return java.util.Optional.of(config);
        }
        return Files.isRegularFile(DEFAULT_CONFIG) ? java.util.Optional.of(DEFAULT_CONFIG) : java.util.Optional.empty();
    }

    Digests openDigests(BotConfig c) {
        try {
            return Digests.open(c.database(), c.topic(), Clock.systemDefaultZone());
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), 4);
        } catch (TopicFileException e) {
            throw new UserError(e.getMessage(), 3);
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.replace('\n', ' ').replace('\r', ' ');
    }

    /** A failure the user can fix; its message is shown as is, without a stack trace. */
    static final class UserError extends RuntimeException {
        final int exitCode;

        UserError(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }
}
