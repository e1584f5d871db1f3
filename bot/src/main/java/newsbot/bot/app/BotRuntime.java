package newsbot.bot.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import newsbot.bot.chart.ChartWarmUp;
import newsbot.bot.chart.TimelinePicture;
import newsbot.bot.chat.MessageSender;
import newsbot.bot.chat.Platform;
import newsbot.bot.chat.SendResult;
import newsbot.bot.commands.BotControl;
import newsbot.bot.commands.CommandNames;
import newsbot.bot.commands.CommandRouter;
import newsbot.bot.console.ConsoleChat;
import newsbot.bot.delivery.DigestParts;
import newsbot.bot.delivery.OutboxSender;
import newsbot.bot.schedule.ScheduleControl;
import newsbot.bot.schedule.Scheduling;
import newsbot.bot.config.BotConfig;
import newsbot.bot.http.GuardedHttpServer;
import newsbot.bot.metrics.BotMetrics;
import newsbot.bot.ops.Health;
import newsbot.bot.ops.OpsEndpoints;
import newsbot.bot.metrics.MeteredDeliveryListener;
import newsbot.bot.metrics.TimedHandler;
import newsbot.bot.schedule.ClusterMember;
import newsbot.core.delivery.DeliveryStore;
import newsbot.core.delivery.StoredSubscription;
import newsbot.core.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * `newsbot run`: ingests, starts the chat adapters whose tokens are set (the console when none is
 * and standard input is a terminal), and stops cleanly on SIGTERM or Ctrl-C.
 */
public final class BotRuntime implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BotRuntime.class);
    private static final MessageSender NOT_STARTED = (platform, chat, messages) ->
            new SendResult.RetryableFailure(0, "no chat adapter runs yet", Duration.ZERO);

    private final LiveConfig live;
    private final Map<String, String> env;
    private final Clock clock;
    private final DeliveryTiming timing;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<AutoCloseable> parts = new ArrayList<>();
    private final AdapterTuning tuning;
    private final BotMetrics metrics = BotMetrics.prometheus();
    private final UnwritableDatabase unwritable;
    private volatile Optional<String> serverAddress = Optional.empty();
    private volatile Adapters adapters; // read by the admin alert and the outbox on their threads
    private volatile Scheduling scheduling; // read by /health
    private CommandRouter router;

    public BotRuntime(LiveConfig live, Map<String, String> env, Clock clock) {
        this(live, env, clock, DeliveryTiming.DEFAULT, AdapterTuning.DEFAULT);
    }

    public BotRuntime(LiveConfig live, Map<String, String> env, Clock clock, DeliveryTiming timing) {
        this(live, env, clock, timing, AdapterTuning.DEFAULT);
    }

    /** The one wiring of a running bot: `newsbot run` and the end-to-end tests both build it here. */
    public BotRuntime(LiveConfig live, Map<String, String> env, Clock clock, DeliveryTiming timing,
                      AdapterTuning tuning) {
        this.live = live;
        this.env = env;
        this.clock = clock;
        this.timing = timing;
        this.tuning = tuning;
        this.unwritable = new UnwritableDatabase(live.digests().database(), this::stop);
    }

    /**
     * The command router over a configuration, answering admin commands with {@code control}; times in the clock's
     * zone; Slack's commands named as {@code slack.commands} names them (registered with Bolt once, at start).
     */
    public static CommandRouter router(LiveConfig live, BotControl control, Clock clock) {
        CommandNames slack = CommandNames.of(live.current().slack().commands());
        return new CommandRouter(live.digests(), live::admins, control, clock.getZone(),
                platform -> platform == Platform.SLACK ? slack : CommandNames.BUILT_IN);
    }

    /**
     * Starts everything; returns what runs, for the one line `run` prints. Order: the instance lock (another `run`
     * on this database makes this one throw {@link InstanceLock.UnavailableException}), the scheduler's jobs (subscriptions
     * synced, nothing firing yet), the chat adapters, the first ingest, then the scheduler fires (missed digests
     * caught up, half-sent ones resumed). A database this process cannot write throws a {@link StoreException} saying
     * so: nothing starts.
     */
    public List<String> start() throws Exception {
        Optional<Path> file = live.digests().database().file();
        if (file.isPresent()) { // a SQLite file serves one running bot
            parts.add(new FileInstanceLock(file.get(), clock).acquire()); // released last
        }
        requireWritable();
        DeliveryStore store = live.digests().delivery();
        Optional<GuardedHttpServer> server = startServer(live.current());
        AdminAlert alert = new AdminAlert(live, () -> adapters == null ? null : adapters.sender(), clock);
        OutboxSender outbox = new OutboxSender(store, (platform, chat, messages) ->
                runningSender().send(platform, chat, messages), this::runningPlatforms, clock, timing.backoff(), alert,
                metrics);
        Scheduling scheduling = new Scheduling(live, store, new DigestParts(new TimelinePicture(live.digests())), outbox,
                clock, timing.redeliverEvery(), metrics, unwritable);
        this.scheduling = scheduling;
        meter(store);
        parts.add(() -> {
            if (adapters != null) {
                adapters.close();
            }
        });
        parts.add(scheduling); // closed before the adapters: jobs finish, then the senders go
        live.onReload(scheduling::reloaded);
        scheduling.start();
        router = router(live, new ScheduleControl(live, scheduling), clock);

        BotConfig c = live.current();
        boolean shared = server.isPresent() && "http".equals(c.slack().mode())
                && tuning.slackPort(c.slack().httpPort()) == c.server().port().orElseThrow();
        adapters = Adapters.start(c, env, new TimedHandler(router, metrics), router.commandInfos(),
                new MeteredDeliveryListener(alert, metrics), clock, tuning,
                new StoredRequestMemory(live.digests().seenRequests(), clock), shared ? server : Optional.empty());
        for (Platform p : adapters.tokenSet()) { // a platform without its token is off by choice, not down
            metrics.adapterUp(p.name(), () -> {
                Adapters.AdapterState state = adapters.states().get(p);
                return state != null && state.up();
            });
        }
        live.addStatus(() -> List.of("Adapters: " + (adapters.started().isEmpty() ? "none" : String.join(", ", adapters.started()))));
        live.addStatus(scheduling::statusLines);
        List<String> charted = store.subscriptions().stream().filter(s -> s.spec().chart())
                .map(s -> s.spec().language()).toList();
        if (!charted.isEmpty()) { // alongside the first ingest: the first digest's picture then costs what a later one does
            ChartWarmUp.start(charted.contains("zh") ? "zh" : "en"); // zh also finds the Chinese font
        }
        try {
            live.ingest();
        } catch (Exception e) {
            if (!unwritable.ends(e)) {
                log.error("first ingest failed: {}", e.getMessage()); // the bot still answers from what is stored
            }
        }
        warmUpSearch();
        scheduling.run();
        return adapters.started();
    }

    /** How many of the topic's names are searched at start, so that the first readers' searches are not the cold ones. */
    static final int WARM_UP_SEARCHES = 8;

    /** Searches a few of the topic's names on a thread of its own: the adapters already answer meanwhile. */
    private void warmUpSearch() {
        Thread warm = new Thread(() -> {
            long t0 = System.nanoTime();
            int ran = live.digests().warmUpSearch(WARM_UP_SEARCHES);
            log.debug("search warmed up: {} searches in {} ms", ran, (System.nanoTime() - t0) / 1_000_000);
        }, "newsbot-search-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    /** A read-only database stops the start; a busy one (another process writing for long) is left to the jobs. */
    private void requireWritable() throws StoreException {
        try {
            live.digests().requireWritable();
        } catch (StoreException e) {
            if (unwritable.ends(e)) {
                throw new StoreException(unwritable.reason().orElseThrow(), e);
            }
            log.warn("cannot check that the database can be written: {}", e.getMessage());
        }
    }

    /**
     * Why the bot stopped by itself (its database cannot be written), once {@link #awaitStop} returned; empty when it
     * was asked to stop.
     */
    public Optional<String> failure() {
        return unwritable.reason();
    }

    /**
     * The /health and /metrics server when {@code server.port} is set; Slack's HTTP mode joins it on the same port.
     * Registered first, so it is closed last, after the adapters that may share it.
     */
    private Optional<GuardedHttpServer> startServer(BotConfig c) throws Exception {
        if (c.server().port().isEmpty()) {
            return Optional.empty();
        }
        GuardedHttpServer s = new GuardedHttpServer(c.server().host(), c.server().port().get(),
                GuardedHttpServer.Limits.DEFAULT, clock);
        OpsEndpoints.mount(s, this::health, metrics);
        try {
            s.start();
        } catch (Exception e) {
            s.close();
            throw new IllegalStateException("server.port " + c.server().port().get() + ": cannot listen on "
                    + c.server().host() + ": " + e.getMessage(), e);
        }
        parts.add(s);
        serverAddress = Optional.of(c.server().host() + ":" + s.port());
        return Optional.of(s);
    }

    /** host:port of the /health and /metrics server, when it runs. */
    public Optional<String> serverAddress() {
        return serverAddress;
    }

    /** What GET /health reports now. */
    public Health health() {
        Adapters a = adapters;
        DeliveryStore store = live.digests().delivery();
        int backlog;
        List<String> paused;
        List<ClusterMember> cluster = List.of();
        try {
            backlog = store.counts().pending();
            paused = store.subscriptions().stream().filter(StoredSubscription::paused)
                    .map(StoredSubscription::subscriber).toList();
            Scheduling s = scheduling;
            cluster = s == null ? List.of() : s.cluster();
        } catch (StoreException e) {
            backlog = -1;
            paused = List.of();
        }
        return new Health(a == null ? Map.of() : a.states(), live.lastIngest(), backlog, paused, cluster, clock.instant());
    }

    /** What the store and the adapters say when /metrics is read; ingests as they end. */
    private void meter(DeliveryStore store) {
        live.onIngest(run -> {
            if (run.ok()) {
                metrics.ingested(run.report().orElseThrow(), run.took(), run.finished());
            } else {
                metrics.ingestFailed(run.took());
            }
        });
        metrics.outboxBacklog(() -> {
            try {
                return store.counts().pending();
            } catch (StoreException e) {
                return -1;
            }
        });
        metrics.pausedSubscriptions(() -> {
            try {
                return (int) store.subscriptions().stream().filter(StoredSubscription::paused).count();
            } catch (StoreException e) {
                return -1;
            }
        });
    }

    /** The meters of this bot, for /metrics. */
    public BotMetrics metrics() {
        return metrics;
    }

    /** The adapters' sender once they run; before that, one that says to try later (the outbox waits anyway). */
    private MessageSender runningSender() {
        Adapters a = adapters;
        return a == null ? NOT_STARTED : a.sender();
    }

    private Set<Platform> runningPlatforms() {
        Adapters a = adapters;
        return a == null ? Set.of() : a.platforms();
    }

    public CommandRouter router() {
        return router;
    }

    public Adapters adapters() {
        return adapters;
    }

    /** Registers something to close on stop, in reverse order of registration. */
    public void own(AutoCloseable part) {
        parts.add(part);
    }

    /** Runs the console chat on this terminal until /quit, end of input, or a stop (SIGTERM, Ctrl-C, a failure). */
    public void runConsole(PrintWriter out) throws InterruptedException {
        runConsole(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
    }

    /**
     * Runs the console chat on {@code in} until /quit or end of input, then stops; returns when stopped, whatever
     * stopped it. The console reads on its own daemon thread: a read from a terminal cannot be interrupted, and a
     * stop must not wait for the next line.
     */
    public void runConsole(BufferedReader in, PrintWriter out) throws InterruptedException {
        Thread console = new Thread(() -> {
            try {
                new ConsoleChat(router, "en").run(in, out, true);
            } catch (java.io.IOException | RuntimeException e) {
                log.warn("console: cannot read input: {}", e.getMessage());
            } finally {
                stop();
            }
        }, "newsbot-console");
        console.setDaemon(true);
        console.start();
        awaitStop();
    }

    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public void stop() {
        stopped.countDown();
    }

    /** Stops what was started, newest first; a second call does nothing. */
    @Override
    public synchronized void close() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            try {
                parts.get(i).close();
            } catch (Exception e) {
                log.warn("stopping failed: {}", e.getMessage());
            }
        }
        parts.clear();
    }
}
