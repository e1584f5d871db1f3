package newsbot.bot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import newsbot.bot.app.BotRuntime;
import newsbot.bot.app.InstanceLock;
import newsbot.bot.app.LiveConfig;
import newsbot.bot.config.BotConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the bot: ingest, answer chat commands, post scheduled digests.",
                "Telegram starts when TELEGRAM_BOT_TOKEN is set; Slack when SLACK_BOT_TOKEN is set (with SLACK_APP_TOKEN",
                "for Socket Mode or SLACK_SIGNING_SECRET for HTTP mode). With neither, and a terminal, the console chat runs.",
                "Stops cleanly on SIGTERM or Ctrl-C."})
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR", description = "Article folder (default: from the configuration).")
    Path articles;

    @Override
    public Integer call() throws Exception {
        BotConfig c = root.settings();
        if (articles != null) {
            c = c.withArticles(articles);
        }
        LiveConfig live = new LiveConfig(root.configFile(), c, root.openDigests(c));
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch closed = new CountDownLatch(1);
        AtomicBoolean clean = new AtomicBoolean();
        try (BotRuntime runtime = new BotRuntime(live, System.getenv(), Clock.systemDefaultZone())) {
            // SIGTERM / Ctrl-C, even during start: let the main thread stop the jobs and adapters, and wait for it.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                runtime.stop();
                try {
                    if (closed.await(30, TimeUnit.SECONDS) && clean.get()) {
                        // a JVM ended by a signal exits 143 even after a clean stop: say it was clean
                        Runtime.getRuntime().halt(0);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "newsbot-shutdown"));
            try {
                List<String> running;
                try {
                    running = runtime.start();
                } catch (InstanceLock.UnavailableException e) {
                    throw new NewsbotCommand.UserError(e.getMessage(), 4);
                }
                List<String> off = runtime.adapters().off();
                out.println("newsbot running: " + (running.isEmpty()
                        ? (off.isEmpty() ? "no chat adapter (no tokens set)" : "no chat adapter") : String.join(", ", running))
                        + (off.isEmpty() ? "" : "; did not start: " + String.join(", ", off)));
                runtime.serverAddress().ifPresent(a -> out.println("newsbot serving /health and /metrics on http://" + a));
                out.flush();
                if (!runtime.adapters().any() && System.console() != null) {
                    runtime.runConsole(out);
                } else {
                    runtime.awaitStop();
                }
                if (runtime.failure().isPresent()) {
                    throw new NewsbotCommand.UserError(runtime.failure().get(), 4); // said once, on stderr
                }
                clean.set(true);
            } finally {
                runtime.close();
                live.digests().close();
                if (clean.get()) {
                    out.println("newsbot stopped");
                    out.flush();
                }
                // only now may the shutdown hook halt the JVM: it must not cut the line above
                closed.countDown(); // a failed start must not hold a signalled JVM for 30 s
            }
        }
        return 0;
    }
}
