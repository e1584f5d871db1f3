package newsbot.bot.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import newsbot.bot.chat.Platform;
import newsbot.bot.commands.BotControl;
import newsbot.bot.commands.ControlReply;
import newsbot.bot.delivery.DigestParts;
import newsbot.bot.delivery.OutboxSender;
import newsbot.bot.schedule.ScheduleControl;
import newsbot.bot.schedule.Scheduling;
import newsbot.core.delivery.DeliveryStore;
import newsbot.bot.commands.AdminPolicy;
import newsbot.bot.commands.CommandRouter;
import newsbot.bot.config.BotConfig;
import newsbot.bot.console.ConsoleChat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * `newsbot run`: ingests, starts the chat adapters whose tokens are set (the console when none is
 * and standard input is a terminal), and stops cleanly on SIGTERM or Ctrl-C.
 */
public final class BotRuntime implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BotRuntime.class);

    private final LiveConfig live;
    private final Map<String, String> env;
    private final Clock clock;
    private final DeliveryTiming timing;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<AutoCloseable> parts = new ArrayList<>();
    private volatile Adapters adapters; // read by the admin alert on adapter threads
    private CommandRouter router;

    public BotRuntime(LiveConfig live, Map<String, String> env, Clock clock) {
        this(live, env, clock, DeliveryTiming.DEFAULT);
    }

    public BotRuntime(LiveConfig live, Map<String, String> env, Clock clock, DeliveryTiming timing) {
        this.live = live;
        this.env = env;
        this.clock = clock;
        this.timing = timing;
    }

    /**
     * Starts everything; returns what runs, for the one line `run` prints. Order: the chat adapters, then the
     * scheduler (subscriptions synced, missed digests caught up, half-sent ones resumed), then the first ingest.
     */
    public List<String> start() throws Exception {
        BotConfig c = live.current();
        DeliveryStore store = live.digests().delivery();
        ScheduleControl[] control = new ScheduleControl[1];
        BotControl commands = new BotControl() {
            @Override
            public newsbot.bot.commands.ReloadOutcome reload() {
                return live.reload();
            }

            @Override
            public List<String> statusLines() {
                return live.statusLines();
            }

            @Override
            public ControlReply subscribe(Platform platform, String chatId, String args) {
                return control[0] == null ? BotControl.super.subscribe(platform, chatId, args)
                        : control[0].subscribe(platform, chatId, args);
            }

            @Override
            public ControlReply unsubscribe(Platform platform, String chatId) {
                return control[0] == null ? BotControl.super.unsubscribe(platform, chatId)
                        : control[0].unsubscribe(platform, chatId);
            }
        };
        router = new CommandRouter(live.digests(), live::admins, commands,
                ZoneId.systemDefault());
        AdminAlert alert = new AdminAlert(live, () -> adapters == null ? null : adapters.sender(), clock);
        adapters = Adapters.start(c, env, router, alert, clock);
        parts.add(adapters);
        List<String> running = new ArrayList<>(adapters.started());
        live.addStatus(() -> List.of("Adapters: " + (adapters.started().isEmpty() ? "none" : String.join(", ", adapters.started()))));

        OutboxSender outbox = new OutboxSender(store, adapters.sender(), adapters::platforms, clock, timing.backoff(),
                alert);
        Scheduling scheduling = new Scheduling(live, store, new DigestParts(), outbox, clock, timing.redeliverEvery());
        parts.add(scheduling); // closed before the adapters: jobs finish, then the senders go
        live.onReload(scheduling::reloaded);
        live.addStatus(scheduling::statusLines);
        scheduling.start();
        control[0] = new ScheduleControl(live, scheduling);
        try {
            live.ingest();
        } catch (Exception e) {
            log.error("first ingest failed: {}", e.getMessage()); // the bot still answers from what is stored
        }
        scheduling.run();
        return running;
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

    /** Runs the console chat on this terminal until end of input, then stops. */
    public void runConsole(PrintWriter out) throws Exception {
        new ConsoleChat(router, "en").run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                out, true);
        stop();
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
