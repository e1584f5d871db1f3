package newsbot.bot.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import newsbot.bot.commands.AdminPolicy;
import newsbot.bot.commands.BotControl;
import newsbot.bot.commands.ReloadOutcome;
import newsbot.bot.commands.ScanProgress;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.ConfigException;
import newsbot.bot.config.ConfigLoader;
import newsbot.core.Digests;
import newsbot.core.ingest.FolderUnusableException;
import newsbot.core.ingest.IngestListener;
import newsbot.core.ingest.IngestOptions;
import newsbot.core.ingest.IngestReport;
import newsbot.core.store.StoreException;
import newsbot.core.topic.TopicFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration a running bot uses, reloadable: a broken file keeps the running one and
 * says which file, line and key. Also runs ingests, never two at once.
 */
public final class LiveConfig implements BotControl {
    private static final Logger log = LoggerFactory.getLogger(LiveConfig.class);

    /** Says in the log when an ingest waits for another; counts the files of the first scan while it runs. */
    private final class Listener implements IngestListener {
        private final boolean first;

        Listener(boolean first) {
            this.first = first;
        }

        @Override
        public void waiting(String database) {
            log.info("another ingest is running on {}; waiting for it to finish", database);
        }

        @Override
        public void started(int listed, int toRead) {
            if (first) {
                firstScan = new ScanProgress(0, toRead);
            }
        }

        @Override
        public void fileDone() {
            ScanProgress p = firstScan;
            if (first && p != null) {
                firstScan = new ScanProgress(p.done() + 1, p.total());
            }
        }
    }

    private final Optional<Path> configFile;
    private final Digests digests;
    private final Object ingestLock = new Object();
    private final List<ReloadListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Supplier<List<String>>> statusSources = new CopyOnWriteArrayList<>();
    private final List<Consumer<IngestRun>> ingestListeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private volatile BotConfig current;
    private volatile boolean scanned; // the first ingest has ended
    private volatile ScanProgress firstScan; // while it runs
    private volatile IngestRun lastIngest;

    public LiveConfig(Optional<Path> configFile, BotConfig initial, Digests digests) {
        this(configFile, initial, digests, Clock.systemUTC());
    }

    public LiveConfig(Optional<Path> configFile, BotConfig initial, Digests digests, Clock clock) {
        this.configFile = configFile;
        this.current = initial;
        this.digests = digests;
        this.clock = clock;
    }

    public BotConfig current() {
        return current;
    }

    /** The admins of the configuration in force: a reload that changes them applies to the next command. */
    public AdminPolicy admins() {
        BotConfig c = current;
        return new AdminPolicy(c.telegram().admins(), c.slack().admins());
    }

    public Digests digests() {
        return digests;
    }

    /** Called after a good configuration took over. */
    public void onReload(ReloadListener listener) {
        listeners.add(listener);
    }

    /** Adds lines to /status (adapters, next digests, paused chats). */
    public void addStatus(Supplier<List<String>> source) {
        statusSources.add(source);
    }

    /** Hears of every ingest this bot runs, scheduled or not, after it ends. */
    public void onIngest(Consumer<IngestRun> listener) {
        ingestListeners.add(listener);
    }

    /** The last ingest this bot ran, if any yet. */
    public Optional<IngestRun> lastIngest() {
        return Optional.ofNullable(lastIngest);
    }

    /** Scans the article folder; a second caller waits for the first rather than scanning at the same time. */
    public IngestReport ingest() throws FolderUnusableException, StoreException {
        synchronized (ingestLock) {
            BotConfig c = current;
            long start = System.nanoTime();
            IngestReport r;
            boolean first = !scanned;
            if (first) {
                firstScan = new ScanProgress(0, -1);
            }
            try {
                r = digests.ingest(c.articles(), new IngestOptions(c.maxFileBytes(), c.ingestThreads()),
                        new Listener(first));
            } catch (FolderUnusableException | StoreException | RuntimeException e) {
                ended(new IngestRun(clock.instant(), Duration.ofNanos(System.nanoTime() - start), Optional.empty(),
                        Optional.of(String.valueOf(e.getMessage()))));
                throw e;
            }
            log.info("ingest {}: scanned {}, added {}, updated {}, removed {}, rejected {} in {} ms", c.articles(),
                    r.scanned(), r.added(), r.updated(), r.removed(), r.rejected(), r.millis());
            ended(new IngestRun(clock.instant(), Duration.ofNanos(System.nanoTime() - start), Optional.of(r),
                    Optional.empty()));
            return r;
        }
    }

    /** While the first ingest runs, how far it is. */
    @Override
    public Optional<ScanProgress> firstScan() {
        return scanned ? Optional.empty() : Optional.ofNullable(firstScan);
    }

    private void ended(IngestRun run) {
        scanned = true;
        firstScan = null;
        lastIngest = run;
        for (Consumer<IngestRun> l : ingestListeners) {
            try {
                l.accept(run);
            } catch (RuntimeException e) {
                log.warn("ingest listener failed", e);
            }
        }
    }

    @Override
    public ReloadOutcome reload() {
        try {
            digests.requireWritable();
        } catch (StoreException e) {
            // a reload rescans, and a new topic rescores what is stored: neither can happen, so nothing changes
            java.util.Optional<String> why = StoreException.whyUnwritable(e);
            if (why.isPresent()) {
                String said = new UnwritableDatabase(digests.database(), () -> { }).refusal(why.get());
                log.warn("reload refused: {}", said);
                return ReloadOutcome.refused(said);
            }
            log.warn("reload: cannot check that {} can be written: {}", digests.database().describe(), e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        BotConfig fresh = current;
        if (configFile.isPresent()) {
            try {
                fresh = new ConfigLoader().load(configFile.get());
                fresh = fresh.withDatabase(current.database()); // the database cannot move under a running bot
            } catch (ConfigException e) {
                problems.add(e.getMessage());
                fresh = current;
            }
        }
        if (problems.isEmpty()) {
            try {
                digests.reloadTopic(fresh.topic());
            } catch (TopicFileException e) {
                problems.add(e.getMessage());
            }
        }
        if (problems.isEmpty()) {
            BotConfig old = current;
            current = fresh;
            digests.useSources(fresh.sources());
            for (ReloadListener l : listeners) {
                try {
                    l.reloaded(old, fresh);
                } catch (RuntimeException e) {
                    problems.add("applying the new configuration failed: " + e.getMessage());
                    log.error("reload listener failed", e);
                }
            }
        } else {
            log.warn("reload refused, keeping the running configuration: {}", problems);
        }
        try {
            return new ReloadOutcome(problems, Optional.of(ingest()), Optional.empty());
        } catch (FolderUnusableException | StoreException e) {
            return new ReloadOutcome(problems, Optional.empty(), Optional.of(e.getMessage()));
        }
    }

    @Override
    public List<String> statusLines() {
        List<String> lines = new ArrayList<>();
        for (Supplier<List<String>> s : statusSources) {
            lines.addAll(s.get());
        }
        return lines;
    }

    /** Hears that a new configuration took over. */
    @FunctionalInterface
    public interface ReloadListener {
        void reloaded(BotConfig old, BotConfig fresh);
    }
}
