package newsbot.bot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import newsbot.bot.config.BotConfig;
import newsbot.core.Digests;
import newsbot.core.ingest.FileError;
import newsbot.core.ingest.FolderUnusableException;
import newsbot.core.ingest.IngestListener;
import newsbot.core.ingest.IngestOptions;
import newsbot.core.ingest.IngestReport;
import newsbot.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Scan the article folder into the database: new, changed, moved and deleted files.")
final class IngestCommand implements Callable<Integer> {
    /** Below this many files to read, a progress bar would only flicker. */
    private static final int PROGRESS_THRESHOLD = 300;

    @ParentCommand
    NewsbotCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR", description = "Article folder (default: from the configuration, seeds).")
    Path articles;

    @Option(names = "--json", description = "Print one JSON object with the counts and every error.")
    boolean json;

    @Override
    public Integer call() throws StoreException {
        BotConfig c = root.settings();
        Path folder = articles != null ? articles : c.articles();
        Digests digests = root.openDigests(c);
        IngestOptions options = new IngestOptions(c.maxFileBytes(), c.ingestThreads());
        IngestReport report;
        try (Progress progress = new Progress(!json && System.console() != null, spec.commandLine().getErr())) {
            // SIGTERM or Ctrl-C mid-scan: say what is kept and how to finish, rather than vanish with exit 143
            Thread interrupted = new Thread(() -> progress.stoppedEarly(folder), "newsbot-ingest-stopped");
            Runtime.getRuntime().addShutdownHook(interrupted);
            try {
                report = digests.ingest(folder, options, progress);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(interrupted);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs: it says what happened
                }
            }
        } catch (FolderUnusableException e) {
            throw new NewsbotCommand.UserError(e.getMessage(), 5);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(toJson(report)));
        } else {
            printText(out, folder, c, report);
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> toJson(IngestReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scanned", r.scanned());
        m.put("added", r.added());
        m.put("updated", r.updated());
        m.put("unchanged", r.unchanged());
        m.put("moved", r.moved());
        m.put("removed", r.removed());
        m.put("duplicates", r.duplicates());
        m.put("rejected", r.rejected());
        m.put("skipped", r.skipped());
        m.put("parsed", r.parsed());
        m.put("millis", r.millis());
        m.put("errors", r.errors().stream().map(IngestCommand::errorJson).toList());
        return m;
    }

    private static Map<String, Object> errorJson(FileError e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", e.path());
        m.put("reason", e.reason());
        return m;
    }

    private static void printText(PrintWriter out, Path folder, BotConfig c, IngestReport r) {
        out.printf("Ingested %s into %s in %d ms%n", folder, c.database(), r.millis());
        out.printf("  scanned %d, added %d, updated %d, unchanged %d, moved %d, removed %d, duplicates %d, rejected %d%n",
                r.scanned(), r.added(), r.updated(), r.unchanged(), r.moved(), r.removed(), r.duplicates(), r.rejected());
        List<FileError> errors = r.errors();
        if (!errors.isEmpty()) {
            out.printf("%d file(s) not ingested:%n", errors.size());
            for (FileError e : errors) {
                out.printf("  %s: %s%n", printable(e.path()), e.reason());
            }
        }
    }

    /** Real file names carry newlines and other control characters; show them escaped. */
    static String printable(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        path.codePoints().forEach(cp -> {
            if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (Character.isISOControl(cp)) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /** A progress bar on a terminal for long scans; nothing otherwise. A wait for another ingest is told on stderr. */
    private static final class Progress implements IngestListener, AutoCloseable {
        private final boolean enabled;
        private final PrintWriter err;
        private ProgressBar bar;

        Progress(boolean enabled, PrintWriter err) {
            this.enabled = enabled;
            this.err = err;
        }

        private volatile int toRead = -1;
        private final java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();

        void stoppedEarly(Path folder) {
            err.println("newsbot: ingest stopped after reading " + read.get() + " of "
                    + (toRead < 0 ? "the" : toRead) + " new or changed files in " + folder
                    + "; every article stored so far is whole and kept: run ingest again to complete the folder");
            err.flush();
        }

        @Override
        public void waiting(String database) {
            err.println("newsbot: another ingest is running on " + database + "; waiting for it to finish");
            err.flush();
        }

        @Override
        public void started(int listed, int toRead) {
            this.toRead = toRead;
            if (enabled && toRead >= PROGRESS_THRESHOLD) {
                bar = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(toRead)
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate().build();
            }
        }

        @Override
        public void fileDone() {
            read.incrementAndGet();
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
