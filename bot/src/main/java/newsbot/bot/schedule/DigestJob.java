package newsbot.bot.schedule;

import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

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
                : context.getScheduledFireTime().toInstant();
        runner.fire(subscriber, fire);
    }
}
