package newsbot.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import newsbot.bot.chat.Attempt;
import newsbot.bot.chat.Platform;
import newsbot.bot.chat.SendResult;
import newsbot.core.ingest.IngestReport;

/**
 * The bot's meters, all named {@code newsbot.*} (Prometheus: {@code newsbot_*}), in one Micrometer registry that
 * {@code GET /metrics} writes out. Each recording method below is one event of the running bot; a feature with
 * numbers of its own adds a method here (or registers on {@link #registry()} with a {@code newsbot.} name), so the
 * README's list of metrics stays in one place. Tag values are few and fixed (platforms, outcomes), never chat ids
 * or user text, so the number of series stays small.
 */
public final class BotMetrics {
    private final MeterRegistry registry;
    private final Optional<PrometheusMeterRegistry> prometheus;
    private final AtomicLong lastIngestSuccess = new AtomicLong();

    private BotMetrics(MeterRegistry registry, Optional<PrometheusMeterRegistry> prometheus) {
        this.registry = registry;
        this.prometheus = prometheus;
    }

    /** A Prometheus registry with the JVM's basics (memory, GC, threads, classes, CPU, uptime). */
    public static BotMetrics prometheus() {
        PrometheusMeterRegistry r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(r);
        new JvmGcMetrics().bindTo(r);
        new JvmThreadMetrics().bindTo(r);
        new ClassLoaderMetrics().bindTo(r);
        new ProcessorMetrics().bindTo(r);
        new UptimeMetrics().bindTo(r);
        BotMetrics m = new BotMetrics(r, Optional.of(r));
        m.register();
        return m;
    }

    /** Records nothing (a registry with no backend): for commands and tests that have no /metrics. */
    public static BotMetrics none() {
        return new BotMetrics(new CompositeMeterRegistry(), Optional.empty());
    }

    /** For meters of features not listed here; name them {@code newsbot.<feature>.<what>}. */
    public MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text exposition of every meter, for {@code GET /metrics}. */
    public String scrape() {
        return prometheus.map(PrometheusMeterRegistry::scrape).orElse("");
    }

    private void register() {
        Gauge.builder("newsbot.ingest.last.success", lastIngestSuccess, AtomicLong::get)
                .description("When the last ingest succeeded, in seconds since the epoch (0: none yet)")
                .baseUnit("seconds").register(registry);
    }

    // ---- ingest --------------------------------------------------------------------------------------------

    /** One scan of the article folder that completed: its file counts and how long it took. */
    public void ingested(IngestReport r, Duration took, java.time.Instant finished) {
        Timer.builder("newsbot.ingest.duration").description("Ingest runs and how long they took")
                .tag("result", "ok").register(registry).record(took);
        files("added", r.added());
        files("updated", r.updated());
        files("unchanged", r.unchanged());
        files("moved", r.moved());
        files("removed", r.removed());
        files("duplicate", r.duplicates());
        files("rejected", r.rejected());
        files("skipped", r.skipped());
        lastIngestSuccess.set(finished.getEpochSecond());
    }

    /** A scan that failed as a whole (folder unusable, database error). */
    public void ingestFailed(Duration took) {
        Timer.builder("newsbot.ingest.duration").description("Ingest runs and how long they took")
                .tag("result", "failed").register(registry).record(took);
    }

    private void files(String outcome, int count) {
        Counter.builder("newsbot.ingest.files").description("Files seen by ingests, by what happened to them")
                .tag("outcome", outcome).register(registry).increment(count);
    }

    // ---- digests and delivery ------------------------------------------------------------------------------

    /** A digest written to the outbox for a subscriber of {@code platform} ("telegram", "slack"). */
    public void digestComposed(String platform) {
        Counter.builder("newsbot.digests.composed").description("Digests composed into the outbox")
                .tag("platform", tag(platform)).register(registry).increment();
    }

    /** Every part of a digest was accepted by the platform. */
    public void digestSent(String platform) {
        Counter.builder("newsbot.digests.sent").description("Digests whose every message was posted")
                .tag("platform", tag(platform)).register(registry).increment();
    }

    /** One platform API call that did not post: why, as a small fixed set of reasons. */
    public void sendFailed(Platform platform, Attempt failed) {
        String reason;
        if (failed instanceof Attempt.RateLimited) {
            reason = "rate_limited";
        } else if (failed instanceof Attempt.Permanent p) {
            reason = new SendResult.PermanentFailure(0, p.reason(), p.code()).chatLost() ? "chat_lost" : "refused";
        } else {
            reason = "transient"; // network errors and 5xx
        }
        Counter.builder("newsbot.send.failures").description("Platform calls that did not post, by reason")
                .tag("platform", tag(platform.name())).tag("reason", reason).register(registry).increment();
    }

    /** A 429 was waited out for the platform's retry_after. */
    public void rateLimitWait(Platform platform, Duration wait) {
        Timer.builder("newsbot.rate.limit.wait").description("Waits for a platform's retry_after after a 429")
                .tag("platform", tag(platform.name())).register(registry).record(wait);
    }

    /**
     * Digests waiting in the outbox, read when scraped; {@code pending} returns -1 when it cannot be read. (Gauges
     * here take a function, which the registry holds strongly: an object-plus-function gauge would be collected.)
     */
    public void outboxBacklog(Supplier<Integer> pending) {
        Gauge.builder("newsbot.outbox.backlog", pending::get).description("Digests not yet fully posted")
                .register(registry);
    }

    /** Subscriptions paused by a permanent failure, read when scraped. */
    public void pausedSubscriptions(Supplier<Integer> paused) {
        Gauge.builder("newsbot.subscriptions.paused", paused::get)
                .description("Subscriptions whose digests are paused until an admin sends /subscribe").register(registry);
    }

    /** Whether an adapter works now (1) or not (0), read when scraped. */
    public void adapterUp(String platform, Supplier<Boolean> up) {
        Gauge.builder("newsbot.adapter.up", () -> up.get() ? 1 : 0).description("1 when the chat adapter works")
                .tag("platform", tag(platform)).register(registry);
    }

    // ---- chat commands -------------------------------------------------------------------------------------

    /** The timer of one chat command (search latency is {@code command="search"}). */
    public Timer command(String name) {
        return Timer.builder("newsbot.command.duration").description("Chat commands answered, and how long each took")
                .tag("command", name)
                .serviceLevelObjectives(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
                        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
                        Duration.ofSeconds(5))
                .register(registry);
    }

    private static String tag(String platform) {
        return platform.toLowerCase(Locale.ROOT);
    }
}
