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
import newsbot.bot.chat.DeliveryListener;
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
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<AutoCloseable> parts = new ArrayList<>();
    private Adapters adapters;
    private CommandRouter router;

    public BotRuntime(LiveConfig live, Map<String, String> env, Clock clock) {
        this.live = live;
        this.env = env;
        this.clock = clock;
    }

    /** Starts everything; returns what runs, for the one line `run` prints. */
    public List<String> start() throws Exception {
        BotConfig c = live.current();
        try {
            live.ingest();
        } catch (Exception e) {
            log.error("first ingest failed: {}", e.getMessage()); // the bot still answers from what is stored
        }
        router = new CommandRouter(live.digests(), live::admins, live, ZoneId.systemDefault());
        DeliveryListener listener = (platform, chatId, failure) ->
                log.warn("{} chat {} cannot be posted to any more: {}", platform, chatId, failure.reason());
        adapters = Adapters.start(c, env, router, listener, clock);
        parts.add(adapters);
        List<String> running = new ArrayList<>(adapters.started());
        live.addStatus(() -> List.of("Adapters: " + (adapters.started().isEmpty() ? "none" : String.join(", ", adapters.started()))));
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

    @Override
    public void close() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            try {
                parts.get(i).close();
            } catch (Exception e) {
                log.warn("stopping failed: {}", e.getMessage());
            }
        }
    }
}
