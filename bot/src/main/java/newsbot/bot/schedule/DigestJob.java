package newsbot.bot.schedule;

import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;

/**
 * One subscription's digest: composes the fire into the outbox, then posts it. One job per subscription, never
 * running twice at once; a catch-up trigger carries the missed fire time in {@link #FIRE_TIME}.
 */
@DisallowConcurrentExecution
final class DigestJob implements Job {
    static final String SUBSCRIBER = "subscriber";
    static final String FIRE_TIME = "fireTime";

    private final DigestRunner runner;

    DigestJob(DigestRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String subscriber = context.getMergedJobDataMap().getString(SUBSCRIBER);
        Instant fire = context.getTrigger().getJobDataMap().containsKey(FIRE_TIME)
                ? Instant.ofEpochMilli(context.getTrigger().getJobDataMap().getLong(FIRE_TIME))
                : context.isRecovering() ? recoveredFire(context) : context.getScheduledFireTime().toInstant();
        runner.fire(subscriber, fire);
    }

    /** The fire time of a job taken over from a dead instance of the cluster: the one it was running for. */
    private static Instant recoveredFire(JobExecutionContext context) {
        String original = context.getMergedJobDataMap()
                .getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_FIRETIME_IN_MILLISECONDS);
        return original == null ? context.getScheduledFireTime().toInstant() : Instant.ofEpochMilli(Long.parseLong(original));
    }
}
