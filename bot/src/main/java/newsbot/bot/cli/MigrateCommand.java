package newsbot.bot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import newsbot.core.Digests;
import newsbot.core.store.DatabaseLocation;
import newsbot.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Copy a SQLite database into an empty PostgreSQL one: articles, events, subscriptions, "
                + "watermarks, sent sentences, the outbox; nothing is re-ingested or sent again.",
                "The password comes from NEWSBOT_DB_PASSWORD. A target that holds anything is refused."})
final class MigrateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", paramLabel = "FILE.db", required = true, description = "The SQLite database file.")
    Path from;

    @Option(names = "--to", paramLabel = "JDBC_URL", required = true,
            description = "The PostgreSQL database: jdbc:postgresql://HOST:PORT/DB?user=…")
    String to;

    @Override
    public Integer call() throws StoreException {
        DatabaseLocation target;
        try {
            target = DatabaseLocation.parse(to, Path.of(""));
        } catch (IllegalArgumentException e) {
            throw new NewsbotCommand.UserError("--to: " + e.getMessage(), 4);
        }
        if (target.file().isPresent()) {
            throw new NewsbotCommand.UserError("--to " + to + ": give the PostgreSQL database as a jdbc:postgresql:// URL",
                    4);
        }
        Map<String, Integer> counts = Digests.copyDatabase(new DatabaseLocation.SqliteFile(from), target);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Copied %s into %s:%n", from, target);
        counts.forEach((table, n) -> out.printf("  %-17s %d%n", table.equals("search") ? "search index" : table, n));
        out.flush();
        return 0;
    }
}
