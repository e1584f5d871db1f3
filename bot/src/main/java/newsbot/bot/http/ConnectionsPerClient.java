package newsbot.bot.http;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.io.Connection;

/** Closes a new connection at once when its client address already holds {@code limit} open ones. */
final class ConnectionsPerClient implements Connection.Listener {
    private final int limit;
    private final Runnable onRefusal;
    private final Map<String, Integer> open = new HashMap<>();

    ConnectionsPerClient(int limit, Runnable onRefusal) {
        this.limit = limit;
        this.onRefusal = onRefusal;
    }

    @Override
    public void onOpened(Connection connection) {
        String client = GuardedHttpServer.clientOf(connection);
        boolean over;
        synchronized (open) {
            int n = open.merge(client, 1, Integer::sum);
            over = n > limit;
        }
        if (over) {
            onRefusal.run();
            connection.getEndPoint().close(); // onClosed gives the count back
        }
    }

    @Override
    public void onClosed(Connection connection) {
        String client = GuardedHttpServer.clientOf(connection);
        synchronized (open) {
            open.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
        }
    }
}
