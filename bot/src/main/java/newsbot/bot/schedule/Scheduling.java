package newsbot.bot.schedule;

import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import newsbot.bot.app.LiveConfig;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.Subscription;
import newsbot.bot.delivery.OutboxSender;
import newsbot.bot.metrics.BotMetrics;
import newsbot.core.delivery.DeliveryStore;
import newsbot.core.delivery.DigestRendering;
import newsbot.core.delivery.OutboxCounts;
import newsbot.core.delivery.StoredSubscription;
import newsbot.core.delivery.SubscriptionSpec;
import newsbot.core.store.DatabaseLocation;
import newsbot.core.store.StoreException;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.spi.JobFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz side of `newsbot run` (beside SQLite a RAM job store: the schedules themselves live in our tables; on
 * PostgreSQL Quartz's clustered JDBC store, {@link QuartzSetup}): the ingest job every N minutes and after folder
 * changes, one digest job per subscription, and the outbox job for retries.
 * On start and after each reload, subscriptions are synced from the configuration, jobs reconciled with them, and a
 * digest missed while the bot was down is composed once.
 */
public final class Scheduling implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Scheduling.class);
    static final String DIGESTS = "digests";
    private static final JobKey INGEST = JobKey.jobKey("ingest", "newsbot");
    private static final JobKey DELIVER = JobKey.jobKey("deliver", "newsbot");

    private final LiveConfig live;
    private final DeliveryStore store;
    private final OutboxSender outbox;
    private final Clock clock;
    private final Duration redeliverEvery;
    private final Scheduler scheduler;
    private final Object changes = new Object();
    private FolderWatch watch;

    public Scheduling(LiveConfig live, DeliveryStore store, DigestRendering rendering, OutboxSender outbox, Clock clock,
                      Duration redeliverEvery) throws SchedulerException {
        this(live, store, rendering, outbox, clock, redeliverEvery, BotMetrics.none(), FatalFailure.NONE);
    }

    /** @param fatal which job failures stop the bot (told once) rather than being logged by each job */
    public Scheduling(LiveConfig live, DeliveryStore store, DigestRendering rendering, OutboxSender outbox, Clock clock,
                      Duration redeliverEvery, BotMetrics metrics, FatalFailure fatal) throws SchedulerException {
        this.live = live;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.redeliverEvery = redeliverEvery;
        DigestRunner runner = new DigestRunner(store, rendering, outbox, clock, metrics, fatal);
        DatabaseLocation database = live.digests().database();
        if (database instanceof DatabaseLocation.Server server) {
            QuartzTables.migrate(server);
        }
        Properties p = QuartzSetup.properties(database,
                Duration.ofSeconds(live.current().schedule().clusterCheckinSeconds()));
        scheduler = new StdSchedulerFactory(p).getScheduler();
        JobFactory jobs = (bundle, s) -> {
            Class<? extends Job> type = bundle.getJobDetail().getJobClass();
            if (type == IngestJob.class) {
                return new IngestJob(live, fatal);
            } else if (type == DigestJob.class) {
                return new DigestJob(runner);
            } else if (type == DeliverJob.class) {
                return new DeliverJob(outbox, fatal);
            }
            throw new SchedulerException("unknown job " + type);
        };
        scheduler.setJobFactory(jobs);
    }

    /**
     * Syncs subscriptions (before the first ingest, so a new subscriber's watermark misses nothing) and schedules
     * every job, a missed digest included; nothing fires before {@link #run}.
     */
    public void start() throws SchedulerException, StoreException {
        BotConfig c = live.current();
        // replace: a clustered store keeps jobs from the last start, and another instance may have made them
        scheduler.addJob(JobBuilder.newJob(IngestJob.class).withIdentity(INGEST).storeDurably().build(), true);
        scheduleIngest(c);
        scheduler.scheduleJob(JobBuilder.newJob(DeliverJob.class).withIdentity(DELIVER).build(),
                Set.of(TriggerBuilder.newTrigger().withIdentity("deliver", "newsbot").startNow()
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                                .withIntervalInMilliseconds(redeliverEvery.toMillis()).repeatForever()
                                .withMisfireHandlingInstructionNextWithRemainingCount())
                        .build()), true);
        synchronized (changes) {
            store.syncConfig(c.subscriptions().stream().map(Scheduling::spec).toList(), clock.instant());
            // every subscription: a clustered store kept its trigger from before, and a fire missed while down
            reconcile(true);
        }
    }

    /** Starts firing (after the first ingest, so that a digest missed while down has what is new). */
    public void run() throws SchedulerException {
        scheduler.start();
        watch(live.current());
    }

    /** After a good reload: the new subscriptions, jobs and ingest schedule. A failure leaves the old jobs. */
    public void reloaded(BotConfig old, BotConfig fresh) {
        try {
            apply(fresh);
            if (old.schedule().ingestEveryMinutes() != fresh.schedule().ingestEveryMinutes()) {
                scheduleIngest(fresh);
            }
            if (!old.articles().equals(fresh.articles()) || old.schedule().watch() != fresh.schedule().watch()
                    || old.schedule().debounceSeconds() != fresh.schedule().debounceSeconds()) {
                watch(fresh);
            }
        } catch (SchedulerException | StoreException e) {
            throw new IllegalStateException("rescheduling failed: " + e.getMessage(), e);
        }
    }

    private void apply(BotConfig c) throws SchedulerException, StoreException {
        synchronized (changes) {
            store.syncConfig(c.subscriptions().stream().map(Scheduling::spec).toList(), clock.instant());
            reconcile(false);
        }
    }

    static SubscriptionSpec spec(Subscription s) {
        return new SubscriptionSpec(s.key(), s.platform(), s.chat(), s.cron(), s.zone().getId(), s.language(),
                s.whenEmpty(), s.topic().map(Object::toString), SubscriptionSpec.Origin.CONFIG, s.chart());
    }

    /** Adds (or replaces, resuming it) a chat's subscription; the cron and zone are checked by the caller. */
    public Optional<Instant> subscribe(SubscriptionSpec spec) throws SchedulerException, StoreException {
        synchronized (changes) {
            store.putChatSubscription(spec, clock.instant());
            reconcile(false);
            return nextFire(spec.subscriber());
        }
    }

    public boolean unsubscribe(String subscriber) throws SchedulerException, StoreException {
        synchronized (changes) {
            boolean removed = store.remove(subscriber);
            reconcile(false);
            return removed;
        }
    }

    /**
     * One digest job per active subscription, with the stored cron and zone; a digest missed while down, once: for
     * a new job, or for every one when {@code starting}.
     */
    private void reconcile(boolean starting) throws SchedulerException, StoreException {
        Set<JobKey> stale = new HashSet<>(scheduler.getJobKeys(GroupMatcher.jobGroupEquals(DIGESTS)));
        Instant now = clock.instant();
        for (StoredSubscription s : store.subscriptions()) {
            if (s.paused()) {
                continue;
            }
            JobKey key = JobKey.jobKey(s.subscriber(), DIGESTS);
            stale.remove(key);
            CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(s.subscriber(), DIGESTS).forJob(key)
                    .withSchedule(CronScheduleBuilder.cronSchedule(s.spec().cron())
                            .inTimeZone(TimeZone.getTimeZone(ZoneId.of(s.spec().zone())))
                            .withMisfireHandlingInstructionDoNothing())
                    .build();
            Trigger existing = scheduler.getTrigger(trigger.getKey());
            if (existing == null) {
                try {
                    // recovery: a fire whose instance died mid-job runs again elsewhere; composing is once per fire
                    scheduler.scheduleJob(JobBuilder.newJob(DigestJob.class).withIdentity(key).requestRecovery()
                            .usingJobData(DigestJob.SUBSCRIBER, s.subscriber()).build(), trigger);
                } catch (ObjectAlreadyExistsException e) {
                    continue; // another instance of the cluster scheduled it a moment ago, and caught it up
                }
                catchUp(s, key, now);
                continue;
            }
            if (starting) {
                catchUp(s, key, now);
            }
            if (existing instanceof CronTrigger ct && (!ct.getCronExpression().equals(s.spec().cron())
                    || !ct.getTimeZone().getID().equals(trigger.getTimeZone().getID()))) {
                scheduler.rescheduleJob(trigger.getKey(), trigger);
            }
        }
        for (JobKey gone : stale) {
            scheduler.deleteJob(gone);
        }
    }

    private void catchUp(StoredSubscription s, JobKey key, Instant now) throws SchedulerException {
        CronExpression cron;
        try {
            cron = new CronExpression(s.spec().cron());
        } catch (ParseException e) {
            log.error("subscription {} has an invalid cron \"{}\": {}", s.subscriber(), s.spec().cron(), e.getMessage());
            return;
        }
        cron.setTimeZone(TimeZone.getTimeZone(ZoneId.of(s.spec().zone())));
        Optional<Instant> missed = MissedFire.latest(cron, s.lastFire(), now);
        if (missed.isPresent()) {
            log.info("digest for {} was due at {} while the bot was down: composing it now", s.subscriber(), missed.get());
            scheduler.scheduleJob(TriggerBuilder.newTrigger().forJob(key).startNow()
                    .usingJobData(DigestJob.FIRE_TIME, missed.get().toEpochMilli()).build());
        }
    }

    private void scheduleIngest(BotConfig c) throws SchedulerException {
        long every = Duration.ofMinutes(c.schedule().ingestEveryMinutes()).toMillis();
        Trigger t = TriggerBuilder.newTrigger().withIdentity("ingest", "newsbot").forJob(INGEST)
                .startAt(new Date(clock.millis() + every))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(every).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        if (scheduler.getTrigger(t.getKey()) == null) {
            scheduler.scheduleJob(t);
        } else {
            scheduler.rescheduleJob(t.getKey(), t);
        }
    }

    /** Asks for an ingest now (it waits for one under way). */
    public void ingestSoon() {
        try {
            scheduler.triggerJob(INGEST);
        } catch (SchedulerException e) {
            log.warn("cannot start an ingest: {}", e.getMessage());
        }
    }

    private void watch(BotConfig c) {
        if (watch != null) {
            watch.close();
            watch = null;
        }
        if (!c.schedule().watch()) {
            return;
        }
        try {
            watch = new FolderWatch(c.articles(), Duration.ofSeconds(c.schedule().debounceSeconds()), this::ingestSoon);
        } catch (IOException e) {
            log.warn("cannot watch {} for changes ({}); ingesting every {} minutes only", c.articles(), e.getMessage(),
                    c.schedule().ingestEveryMinutes());
        }
    }

    public Optional<Instant> nextFire(String subscriber) throws SchedulerException {
        Trigger t = scheduler.getTrigger(TriggerKey.triggerKey(subscriber, DIGESTS));
        return t == null || t.getNextFireTime() == null ? Optional.empty() : Optional.of(t.getNextFireTime().toInstant());
    }

    /** For /status: each subscription with its next digest or why it is paused, and the outbox. */
    public List<String> statusLines() {
        List<String> lines = new ArrayList<>();
        try {
            for (StoredSubscription s : store.subscriptions()) {
                String what = s.subscriber() + " (" + s.spec().cron() + " " + s.spec().zone() + ", "
                        + s.spec().language() + ", " + s.spec().origin().name().toLowerCase(java.util.Locale.ROOT)
                        + (s.spec().chart() ? ", chart" : "") + ")";
                if (s.paused()) {
                    lines.add("Paused: " + what + ": " + s.pausedReason().get());
                } else {
                    lines.add("Digest: " + what + ", next " + nextFire(s.subscriber()).map(Instant::toString).orElse("—"));
                }
            }
            OutboxCounts o = store.counts();
            lines.add("Outbox: " + o.pending() + " pending, " + o.sent() + " sent, " + o.failed() + " failed");
            List<ClusterMember> members = cluster();
            if (!members.isEmpty()) {
                Instant now = clock.instant();
                lines.add("Cluster: " + members.stream().map(m -> m.instanceId() + (m.self() ? " (this one)"
                        : m.alive(now) ? " (up, checked in " + m.lastCheckin() + ")" : " (down since " + m.lastCheckin() + ")"))
                        .collect(Collectors.joining(", ")));
            }
        } catch (StoreException | SchedulerException e) {
            lines.add("Subscriptions: cannot read them: " + e.getMessage());
        }
        return lines;
    }

    /** The instances of the cluster on PostgreSQL (this one marked); empty beside SQLite, which serves one. */
    public List<ClusterMember> cluster() throws StoreException {
        try {
            return ClusterView.members(scheduler);
        } catch (SchedulerException | java.sql.SQLException e) {
            throw new StoreException("cannot read the cluster's instances: " + e.getMessage(), e);
        }
    }

    /** The digest jobs by subscriber, for tests and /status. */
    Map<String, String> digestJobs() throws SchedulerException {
        return scheduler.getJobKeys(GroupMatcher.jobGroupEquals(DIGESTS)).stream().collect(Collectors.toMap(
                JobKey::getName, k -> {
                    try {
                        Trigger t = scheduler.getTrigger(TriggerKey.triggerKey(k.getName(), DIGESTS));
                        return t instanceof CronTrigger ct ? ct.getCronExpression() + " " + ct.getTimeZone().getID() : "";
                    } catch (SchedulerException e) {
                        return "";
                    }
                }));
    }

    /** Stops watching, lets the job under way finish (no transaction is cut), and stops the scheduler. */
    @Override
    public void close() {
        if (watch != null) {
            watch.close();
        }
        outbox.stop();
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("stopping the scheduler: {}", e.getMessage());
        }
    }
}
