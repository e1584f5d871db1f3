package newsbot.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import newsbot.core.store.DatabaseLocation;
import newsbot.core.store.StoreException;
import org.junit.jupiter.api.Test;

/** What `run` and /reload say about a database that cannot be written: the file's remedy, or the role's. */
class UnwritableDatabaseTest {
    private static final StoreException READ_ONLY_ROLE = new StoreException("a job failed",
            new SQLException("ERROR: cannot execute UPDATE in a read-only transaction", "25006"));

    @Test
    void aPostgresRoleThatCannotWriteStopsTheBotOnceWithTheRolesRemedy() {
        AtomicInteger stops = new AtomicInteger();
        UnwritableDatabase unwritable = new UnwritableDatabase(
                DatabaseLocation.parse("jdbc:postgresql://db.example:5432/newsbot?user=bot", Path.of("")),
                stops::incrementAndGet);

        assertThat(unwritable.ends(READ_ONLY_ROLE)).isTrue();
        assertThat(unwritable.ends(READ_ONLY_ROLE)).isTrue();

        assertThat(stops).hasValue(1);
        assertThat(unwritable.reason()).get().asString()
                .startsWith("database jdbc:postgresql://db.example:5432/newsbot?user=bot cannot be written (cannot "
                        + "execute UPDATE in a read-only transaction); newsbot stopped: grant this role INSERT, UPDATE")
                .contains("default_transaction_read_only").doesNotContain("-wal");
    }

    @Test
    void aSqliteFileThatCannotBeWrittenIsToldToBeMadeWritable() {
        UnwritableDatabase unwritable = new UnwritableDatabase(new DatabaseLocation.SqliteFile(Path.of("data/x.db")),
                () -> { });

        assertThat(unwritable.refusal("Attempt to write a readonly database")).isEqualTo("database data/x.db cannot "
                + "be written (Attempt to write a readonly database): nothing was reloaded and the running configuration "
                + "stays; make the file, its folder and the -wal and -shm files beside it writable for this user (or free "
                + "disk space), then /reload again");
        assertThat(unwritable.ends(new StoreException("busy", new SQLException("database is locked")))).isFalse();
    }
}
