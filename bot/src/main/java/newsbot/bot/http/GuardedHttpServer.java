package newsbot.bot.http;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP server for the public internet, on Jetty's non-blocking connector: a slow or idle client holds a socket,
 * never a thread. Each request must arrive whole (headers and body) within {@link Limits#requestDeadline} of its
 * connection opening or of the previous answer, or the connection is closed; one client address may hold at most
 * {@link Limits#connectionsPerClient} connections; bodies and headers are capped. Endpoints get the whole request
 * on a small pool of workers and answer it; several endpoints may share the server, one per path (Slack's
 * {@code /slack/events}, and others such as a health check).
 */
public final class GuardedHttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GuardedHttpServer.class);

    /**
     * @param requestDeadline      time for a whole request to arrive (and for an idle kept-alive connection)
     * @param maxBodyBytes         larger bodies are refused with 413 unread
     * @param maxHeaderBytes       larger headers are refused with 431
     * @param connectionsPerClient open connections one address may hold (behind a proxy: all clients together)
     * @param maxConnections       open connections in all; beyond it the server stops accepting for a while
     * @param workers              threads that run endpoints; {@code 8 × workers} requests may wait for one
     */
    public record Limits(Duration requestDeadline, int maxBodyBytes, int maxHeaderBytes, int connectionsPerClient,
                         int maxConnections, int workers) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(5), 1 << 20, 16 * 1024, 16, 512, 4);

        public Limits {
            Objects.requireNonNull(requestDeadline, "requestDeadline");
            if (requestDeadline.isNegative() || requestDeadline.isZero() || maxBodyBytes < 1 || maxHeaderBytes < 1024
                    || connectionsPerClient < 1 || maxConnections < connectionsPerClient || workers < 1) {
                throw new IllegalArgumentException("bad HTTP server limits: " + this);
            }
        }
    }

    private final Limits limits;
    private final Server server;
    private final ServerConnector connector;
    private final ThreadPoolExecutor workers;
    private final RequestDeadline deadline;
    private final LogThrottle refusals;
    private final Map<String, HttpEndpoint> endpoints = new ConcurrentHashMap<>();

    public GuardedHttpServer(String host, int port, Limits limits, Clock clock) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.refusals = new LogThrottle(10, Duration.ofMinutes(1), clock);
        QueuedThreadPool io = new QueuedThreadPool(8, 2);
        io.setName("http-io");
        io.setDaemon(true);
        io.setReservedThreads(0);
        this.server = new Server(io);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(Math.max(30_000, limits.requestDeadline().toMillis())); // the deadline is stricter
        this.deadline = new RequestDeadline(limits.requestDeadline(), () -> refused("a request did not arrive whole within "
                + limits.requestDeadline().toSeconds() + " s: connection closed"));
        connector.addBean(deadline);
        connector.addBean(new ConnectionsPerClient(limits.connectionsPerClient(), () -> refused(
                "a client opened more than " + limits.connectionsPerClient() + " connections: the newest was closed")));
        server.addBean(new ConnectionLimit(limits.maxConnections(), server));
        server.addConnector(connector);
        server.setHandler(new Dispatch());
        this.workers = new ThreadPoolExecutor(limits.workers(), limits.workers(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(8 * limits.workers()), r -> {
                    Thread t = new Thread(r, "http-worker");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Serves {@code endpoint} at exactly {@code path} (e.g. "/slack/events"); may be called before or after start. */
    public void mount(String path, HttpEndpoint endpoint) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        if (endpoints.putIfAbsent(path, Objects.requireNonNull(endpoint, "endpoint")) != null) {
            throw new IllegalStateException(path + " is already served");
        }
    }

    public void start() throws Exception {
        server.start();
        log.info("http: listening on {}:{}", connector.getHost() == null ? "*" : connector.getHost(), port());
    }

    /** The port listened on (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Logs a refused request or connection: only what it cost and why, never what it said. */
    void refused(String reason) {
        refusals.log(log::info, "http: refused: " + reason);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("http: stopping the server failed: {}", e.getMessage());
        }
        workers.shutdownNow();
        deadline.close();
    }

    /** Reads each request whole without holding a thread, then hands it to a worker. */
    private final class Dispatch extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            HttpEndpoint endpoint = endpoints.get(Request.getPathInContext(request));
            if (endpoint == null) {
                send(response, callback, HttpAnswer.text(404, "not found"));
                return true;
            }
            long declared = request.getLength();
            if (declared > limits.maxBodyBytes()) {
                refused("a body of " + declared + " bytes (limit " + limits.maxBodyBytes() + ")");
                send(response, callback, HttpAnswer.text(413, "too large"));
                return true;
            }
            Connection connection = request.getConnectionMetaData().getConnection();
            Request.addCompletionListener(request, failure -> deadline.arm(connection));
            Content.Source.asByteArrayAsync(request, limits.maxBodyBytes()).whenComplete((body, failure) -> {
                if (failure != null) {
                    refused("a body that could not be read or was over " + limits.maxBodyBytes() + " bytes");
                    send(response, callback, HttpAnswer.text(413, "too large or incomplete"));
                    return;
                }
                deadline.disarm(connection); // the rest is our time, not the client's
                HttpCall call = new HttpCall(request.getMethod(), Request.getPathInContext(request),
                        request.getHttpURI().getQuery() == null ? "" : request.getHttpURI().getQuery(),
                        headers(request), body);
                try {
                    workers.execute(() -> send(response, callback, answer(endpoint, call)));
                } catch (RejectedExecutionException e) {
                    refused("all workers busy");
                    send(response, callback, HttpAnswer.text(503, "busy"));
                }
            });
            return true;
        }
    }

    private static HttpAnswer answer(HttpEndpoint endpoint, HttpCall call) {
        try {
            return endpoint.answer(call);
        } catch (Exception | LinkageError e) {
            log.error("http: {} {} failed: {}", call.method(), call.path(), e.toString());
            return HttpAnswer.text(500, "error");
        }
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (HttpField f : request.getHeaders()) {
            out.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f.getValue());
        }
        return out;
    }

    private static void send(Response response, Callback callback, HttpAnswer answer) {
        response.setStatus(answer.status());
        answer.headers().forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }

    /** The address a connection comes from, for per-client limits. */
    static String clientOf(Connection connection) {
        return connection.getEndPoint().getRemoteSocketAddress() instanceof InetSocketAddress a && a.getAddress() != null
                ? a.getAddress().getHostAddress() : "unknown";
    }
}
