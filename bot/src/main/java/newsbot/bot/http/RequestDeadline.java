package newsbot.bot.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;

/**
 * Closes a connection whose next request has not arrived whole in time: armed when the connection opens and after
 * each answer, disarmed once a request's body is read. A client trickling a byte every few seconds gets no longer
 * than a silent one.
 */
final class RequestDeadline implements Connection.Listener, AutoCloseable {
    private final Duration deadline;
    private final Runnable onExpiry;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "http-deadline");
        t.setDaemon(true);
        return t;
    });
    private final Map<Connection, ScheduledFuture<?>> armed = new ConcurrentHashMap<>();

    RequestDeadline(Duration deadline, Runnable onExpiry) {
        this.deadline = deadline;
        this.onExpiry = onExpiry;
    }

    @Override
    public void onOpened(Connection connection) {
        arm(connection);
    }

    @Override
    public void onClosed(Connection connection) {
        disarm(connection);
    }

    void arm(Connection connection) {
        if (!connection.getEndPoint().isOpen()) {
            return;
        }
        ScheduledFuture<?> next = timer.schedule(() -> expire(connection), deadline.toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> before = armed.put(connection, next);
        if (before != null) {
            before.cancel(false);
        }
    }

    void disarm(Connection connection) {
        ScheduledFuture<?> f = armed.remove(connection);
        if (f != null) {
            f.cancel(false);
        }
    }

    private void expire(Connection connection) {
        armed.remove(connection);
        if (connection.getEndPoint().isOpen()) {
            onExpiry.run();
            connection.getEndPoint().close();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
