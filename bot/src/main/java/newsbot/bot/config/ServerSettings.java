package newsbot.bot.config;

import java.util.Optional;

/**
 * The HTTP server for {@code GET /health} and {@code GET /metrics}; off unless {@code server.port} is set. When Slack's
 * HTTP mode uses the same port, the one server also carries {@code /slack/events}.
 *
 * @param port the port to listen on (0: any free one, said in the log and the running line); empty: no server
 * @param host the address to bind; by default 127.0.0.1, reachable from this machine only
 */
public record ServerSettings(Optional<Integer> port, String host) {
    public static final String DEFAULT_HOST = "127.0.0.1";

    public static ServerSettings defaults() {
        return new ServerSettings(Optional.empty(), DEFAULT_HOST);
    }
}
