package newsbot.bot.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.BundledTopic;
import newsbot.bot.config.ConfigException;
import newsbot.bot.config.ConfigLoader;
import newsbot.core.Digests;
import newsbot.core.store.DatabaseLocation;
import newsbot.core.store.StoreException;
import newsbot.core.topic.TopicFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "newsbot", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "News digests for Telegram and Slack from a folder of articles.",
        subcommands = {IngestCommand.class, ListCommand.class, SearchCommand.class, ExplainCommand.class,
                StoriesCommand.class, TimelineCommand.class, DigestCommand.class, ChatCommand.class, RunCommand.class, CheckCommand.class,
                MigrateCommand.class,
                CommandLine.HelpCommand.class})
public final class NewsbotCommand {
    private static final Logger log = LoggerFactory.getLogger(NewsbotCommand.class);
    static final Path DEFAULT_CONFIG = Path.of("config", "newsbot.yml");

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Configuration file (default: config/newsbot.yml if it exists, else built-in defaults).")
    Path config;

    @Option(names = "--db", paramLabel = "FILE|URL", scope = ScopeType.INHERIT,
            description = "SQLite database file, or jdbc:postgresql://HOST:PORT/DB?user=… with the password in "
                    + "NEWSBOT_DB_PASSWORD (default: from the configuration, data/newsbot.db).")
    String db;

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new NewsbotCommand());
        cl.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true); // "-Taiwan" is an exclusion
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println("newsbot: " + oneLine(e));
            return e instanceof UserError u ? u.exitCode : e instanceof StoreException ? 4 : 1; // 4: the database
        });
        return cl;
    }

    /**
     * The configuration: the file named, else config/newsbot.yml when present, else defaults; flags override it
     * (their relative paths are taken from the working directory, the file's from the file's folder).
     */
    BotConfig settings() {
        Optional<Path> file = configFile();
        BotConfig c;
        try {
            c = file.isPresent() ? new ConfigLoader().load(file.get()) : BotConfig.defaults();
        } catch (ConfigException e) {
            throw new UserError(e.getMessage(), 3);
        }
        if (file.isEmpty()) {
            log.info("no configuration file ({} not found in {}): built-in defaults", DEFAULT_CONFIG,
                    Path.of("").toAbsolutePath());
        }
        if (BundledTopic.is(c.topic())) {
            log.info("topic: the one bundled in the jar ({}); set topic: in the configuration to use your own",
                    c.topic().getFileName());
        }
        if (db == null) {
            return c;
        }
        DatabaseLocation location;
        try {
            location = DatabaseLocation.parse(db, Path.of(""));
        } catch (IllegalArgumentException e) {
            throw new UserError("--db: " + e.getMessage(), 4);
        }
        Path folder = location.file().map(f -> f.toAbsolutePath().getParent()).orElse(null);
        if (folder != null && !Files.isDirectory(folder)) { // a typo must not start an empty database elsewhere
            throw new UserError("--db " + db + ": the folder " + folder + " does not exist (create it first; only the "
                    + "configured database's folder is created when missing)", 4);
        }
        return c.withDatabase(location);
    }

    /** The configuration file in use, if any: the one named, else config/newsbot.yml when present. */
    Optional<Path> configFile() {
        if (config != null) {
            return Optional.of(config);
        }
        return Files.isRegularFile(DEFAULT_CONFIG) ? Optional.of(DEFAULT_CONFIG) : Optional.empty();
    }

    Digests openDigests(BotConfig c) {
        try {
            return Digests.open(c.database(), c.topic(), c.sources(), Clock.systemDefaultZone());
        } catch (StoreException e) {
            throw new UserError(e.getMessage(), 4);
        } catch (TopicFileException e) {
            throw new UserError(e.getMessage(), 3);
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof FileSystemException f && f.getReason() == null) { // its message is the bare path
            m = f.getFile() + ": " + (e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName());
        }
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
