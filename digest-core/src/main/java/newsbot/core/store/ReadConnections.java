package newsbot.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

/**
 * Open connections kept for reads. A fresh SQLite connection parses the schema and starts with
 * an empty page cache: on a 70,000-article file that is about half of a 5 ms search.
 *
 * <p>At most {@code maxIdle} are kept; more readers at once each open their own and the extra ones
 * are closed after use. A connection that ends its work inside a transaction or with an error
 * is closed rather than kept; one that ends in another exception (a query the user mistyped) is kept.
 */
final class ReadConnections implements AutoCloseable {

    /** Opens a connection; the pool's only way to make one. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final BlockingDeque<Connection> idle;
    private volatile boolean closed;

    ReadConnections(Opener opener, int maxIdle) {
        this.opener = opener;
        this.idle = new LinkedBlockingDeque<>(maxIdle);
    }

    <T, E extends Exception> T read(Database.Read<T, E> work) throws SQLException, E {
        Connection c = idle.pollFirst();
        if (c == null) {
            c = opener.open();
        }
        boolean sqlFailed = false;
        try {
            return work.apply(c);
        } catch (SQLException e) {
            sqlFailed = true;
            throw e;
        } finally {
            if (sqlFailed || !inAutoCommit(c) || !giveBack(c)) {
                closeQuietly(c);
            }
        }
    }

    private static boolean inAutoCommit(Connection c) {
        try {
            return c.getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean giveBack(Connection c) {
        if (closed || !idle.offerFirst(c)) {
            return false;
        }
        // close() may have drained the pool between the check and the offer
        return !closed || !idle.remove(c);
    }

    int idleCount() {
        return idle.size();
    }

    @Override
    public void close() {
        closed = true;
        for (Connection c; (c = idle.pollFirst()) != null; ) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // a read connection holds nothing to lose; closing it is best effort
        }
    }
}
