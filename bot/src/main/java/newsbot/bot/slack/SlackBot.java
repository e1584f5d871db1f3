package newsbot.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import newsbot.bot.chat.ChatHandler;
import newsbot.bot.chat.ChatLanes;
import newsbot.bot.chat.ChatRateLimiter;
import newsbot.bot.chat.Delivery;
import newsbot.bot.chat.DeliveryListener;
import newsbot.bot.chat.FloodGuard;
import newsbot.bot.chat.MessageSender;
import newsbot.bot.chat.Platform;
import newsbot.bot.chat.RecentKeys;
import newsbot.bot.chat.RequestMemory;
import newsbot.bot.chat.SafeHandler;
import newsbot.bot.chat.Sleeper;
import newsbot.bot.http.GuardedHttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack adapter: one Bolt {@link App} with the slash commands and paging buttons, served over Socket Mode when
 * an app token is given, else over HTTP ({@link SlackEventsEndpoint} on a {@link GuardedHttpServer}). {@link #start()}
 * checks the bot token (auth.test) and starts listening; {@link #close()} stops what it started.
 */
public final class SlackBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);

    private final SlackSecrets secrets;
    private final SlackSettings settings;
    private final Slack slack;
    private final App app;
    private final ChatLanes lanes;
    private final SlackSender sender;
    private final DuplicateDeliveries duplicates;
    private final Clock clock;
    private GuardedHttpServer httpServer;
    private boolean ownsHttpServer;
    private SocketModeApp socketMode;

    /**
     * @param secrets  tokens from the environment; an app token selects Socket Mode
     * @param handler  the command router
     * @param listener told when a channel cannot be posted to any more
     * @param clock    for pacing and duplicate detection
     * @param sleeper  for pacing and retries ({@link Sleeper#SYSTEM} outside tests)
     */
    public SlackBot(SlackSecrets secrets, SlackSettings settings, ChatHandler handler, DeliveryListener listener,
                    Clock clock, Sleeper sleeper) {
        this(secrets, settings, handler, listener, clock, sleeper,
                new RecentKeys(10_000, SlackEventsEndpoint.CLOCK_SKEW.multipliedBy(2), clock));
    }

    /** @param handled requests already answered, so that Slack's retries and replays are not answered again */
    public SlackBot(SlackSecrets secrets, SlackSettings settings, ChatHandler handler, DeliveryListener listener,
                    Clock clock, Sleeper sleeper, RequestMemory handled) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
        config.setStatsEnabled(false); // no metrics threads: we do our own pacing
        this.slack = Slack.getInstance(config);
        AppConfig appConfig = AppConfig.builder()
                .singleTeamBotToken(secrets.botToken().reveal())
                .signingSecret(secrets.signingSecret().map(s -> s.reveal()).orElse(null))
                .authTestCacheEnabled(true)
                .build();
        this.app = new App(appConfig, slack, null);
        this.lanes = new ChatLanes("slack-chat", settings.workerLanes());
        Delivery delivery = new Delivery(Platform.SLACK, settings.retry(), new ChatRateLimiter(clock, sleeper),
                sleeper, listener);
        this.sender = new SlackSender(slack.methods(secrets.botToken().reveal()), delivery);
        new SlackHandlers(new SafeHandler(handler), lanes, new ResponseUrlPoster(slack), sender, delivery,
                new FloodGuard(clock, settings.flood()))
                .register(app, settings.slashCommands());
        this.duplicates = new DuplicateDeliveries(handled);
    }

    /** Checks the token with auth.test (throws if Slack refuses it), then listens (HTTP mode: on its own server). */
    public synchronized void start() throws Exception {
        if (secrets.socketMode()) {
            start(null);
            return;
        }
        GuardedHttpServer own = new GuardedHttpServer(settings.httpHost(), settings.httpPort(),
                GuardedHttpServer.Limits.DEFAULT, clock);
        try {
            start(own);
            own.start();
        } catch (Exception e) {
            own.close();
            throw e;
        }
        ownsHttpServer = true;
    }

    /**
     * Checks the token, then listens: Socket Mode, or in HTTP mode on {@code server} (which the caller starts and
     * closes; other endpoints may share it).
     */
    public synchronized void start(GuardedHttpServer server) throws Exception {
        if (httpServer != null || socketMode != null) {
            throw new IllegalStateException("already started");
        }
        checkToken(); // Bolt's own check calls a network failure "The token is invalid"
        app.start(); // builds Bolt's middleware, auth.test included
        // after Bolt's own middleware (signature check first), so that forged requests never reach the memory
        app.use(duplicates);
        if (secrets.socketMode()) {
            socketMode = new SocketModeApp(secrets.appToken().orElseThrow().reveal(), app,
                    SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
            log.info("slack: Socket Mode connected");
        } else {
            Objects.requireNonNull(server, "HTTP mode needs a server");
            server.mount(settings.httpPath(), new SlackEventsEndpoint(app, secrets.signingSecret().orElseThrow(), clock));
            httpServer = server;
            log.info("slack: HTTP mode serves {}", settings.httpPath());
        }
    }

    /** auth.test, telling an unreachable Slack apart from a refused token. */
    private void checkToken() throws SlackStartException {
        AuthTestResponse r;
        try {
            r = slack.methods(secrets.botToken().reveal()).authTest(req -> req);
        } catch (IOException e) {
            throw new SlackStartException("cannot reach Slack at " + settings.apiUrl() + ": " + e.getMessage());
        } catch (SlackApiException e) {
            throw new SlackStartException("Slack answered auth.test with HTTP " + e.getResponse().code());
        }
        if (!r.isOk()) {
            throw new SlackStartException("Slack refused the bot token (" + r.getError() + ")");
        }
    }

    /** Why the adapter could not start, in one line without secrets. */
    public static final class SlackStartException extends Exception {
        SlackStartException(String message) {
            super(message);
        }
    }

    /** HTTP mode: the port listened on (useful with port 0); -1 in Socket Mode or before start. */
    public int httpPort() {
        return httpServer == null ? -1 : httpServer.port();
    }

    /** For scheduled posts (chat.postMessage); usable once constructed. */
    public MessageSender sender() {
        return sender;
    }

    @Override
    public synchronized void close() {
        if (httpServer != null && ownsHttpServer) {
            httpServer.close();
        }
        if (socketMode != null) {
            try {
                socketMode.close();
            } catch (Exception e) {
                log.warn("slack: closing Socket Mode failed", e);
            }
        }
        app.stop();
        lanes.close();
        app.executorService().shutdownNow();
        try {
            slack.close();
        } catch (Exception e) {
            log.warn("slack: closing the HTTP client failed", e);
        }
    }
}
