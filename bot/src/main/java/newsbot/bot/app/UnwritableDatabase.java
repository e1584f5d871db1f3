package newsbot.bot.app;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import newsbot.bot.schedule.FatalFailure;
import newsbot.core.store.DatabaseLocation;
import newsbot.core.store.StoreException;

/**
 * A running bot whose database cannot be written (read-only file or file system, full disk) can keep none of its
 * promises — no digest is composed, no watermark moves, nothing is marked sent — so the first job that finds it so
 * stops the bot, and `run` says why once, instead of an error per job for as long as it runs.
 */
final class UnwritableDatabase implements FatalFailure {
    private final String database;
    private final boolean server;
    private final Runnable stop;
    private final AtomicReference<String> reason = new AtomicReference<>();

    /** @param database the database: its file, or its JDBC URL (named without credentials) */
    UnwritableDatabase(DatabaseLocation database, Runnable stop) {
        this.database = database.describe();
        this.server = database.file().isEmpty();
        this.stop = stop;
    }

    @Override
    public boolean ends(Throwable failure) {
        Optional<String> why = StoreException.whyUnwritable(failure);
        if (why.isEmpty()) {
            return false;
        }
        if (reason.compareAndSet(null, message(why.get()))) {
            stop.run();
        }
        return true;
    }

    /** Why the bot stopped, when this stopped it. */
    Optional<String> reason() {
        return Optional.ofNullable(reason.get());
    }

    /** What an admin's /reload answers on such a database: nothing was changed, and what to do. */
    String refusal(String why) {
        return "database " + database + " cannot be written (" + why + "): nothing was reloaded and the running "
                + "configuration stays; " + remedy() + ", then /reload again";
    }

    String message(String why) {
        return "database " + database + " cannot be written (" + why + "); newsbot stopped: " + remedy()
                + ", then start it again";
    }

    private String remedy() {
        return server
                ? "grant this role INSERT, UPDATE and DELETE on newsbot's tables, turn default_transaction_read_only off "
                        + "for it, and connect to the primary server, not a standby (or free disk space)"
                : "make the file, its folder and the -wal and -shm files beside it writable for this user (or free disk "
                        + "space)";
    }
}
