package newsbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadConnectionsTest {

    @TempDir
    Path dir;

    private final List<Connection> opened = new ArrayList<>();

    private ReadConnections pool(int maxIdle) throws Exception {
        Database db = Database.open(dir.resolve("t.db"));
        return new ReadConnections(() -> {
            Connection c = db.connect();
            synchronized (opened) {
                opened.add(c);
            }
            return c;
        }, maxIdle);
    }

    private static int one(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aConnectionIsKeptAndReused() throws Exception {
        ReadConnections pool = pool(2);

        Connection first = pool.read(c -> c);
        Connection second = pool.read(c -> c);

        assertThat(second).isSameAs(first);
        assertThat(first.isClosed()).isFalse();
        assertThat(opened).hasSize(1);
    }

    @Test
    void aConnectionLeftInATransactionOrFailedIsClosedNotKept() throws Exception {
        ReadConnections pool = pool(2);

        Connection inTransaction = pool.read(c -> {
            c.setAutoCommit(false);
            return c;
        });
        assertThatThrownBy(() -> pool.read(c -> c.createStatement().executeQuery("SELECT * FROM no_such_table")))
                .isInstanceOf(SQLException.class);

        assertThat(inTransaction.isClosed()).isTrue();
        assertThat(opened).hasSize(2).allSatisfy(c -> assertThat(c.isClosed()).isTrue());
        assertThat(pool.idleCount()).isZero();
    }

    @Test
    void aConnectionWhoseWorkFailedOutsideSqlIsKept() throws Exception {
        ReadConnections pool = pool(2);

        assertThatThrownBy(() -> pool.read(c -> {
            throw new IllegalArgumentException("a query the user mistyped");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(pool.idleCount()).isEqualTo(1);
        assertThat(opened).singleElement().satisfies(c -> assertThat(c.isClosed()).isFalse());
    }

    @Test
    void readersBeyondTheKeptNumberGetTheirOwnConnectionClosedAfterUse() throws Exception {
        ReadConnections pool = pool(2);
        int readers = 5;
        CountDownLatch together = new CountDownLatch(readers);
        ExecutorService threads = Executors.newFixedThreadPool(readers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                results.add(threads.submit(() -> pool.read(c -> {
                    together.countDown();
                    together.await(10, TimeUnit.SECONDS); // all five hold a connection at once
                    return one(c);
                })));
            }
            for (Future<Integer> r : results) {
                assertThat(r.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(opened).hasSize(readers);
        assertThat(pool.idleCount()).isEqualTo(2);
        assertThat(opened.stream().filter(c -> !isClosed(c))).hasSize(2);
    }

    @Test
    void closeClosesTheKeptConnectionsAndLaterReadsStillWork() throws Exception {
        ReadConnections pool = pool(2);
        Connection kept = pool.read(c -> c);

        pool.close();

        assertThat(kept.isClosed()).isTrue();
        assertThat(pool.read(ReadConnectionsTest::one)).isEqualTo(1);
        assertThat(pool.idleCount()).isZero();
        assertThat(opened).allSatisfy(c -> assertThat(c.isClosed()).isTrue());
    }

    private static boolean isClosed(Connection c) {
        try {
            return c.isClosed();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
