package newsbot.bot.schedule;

import newsbot.bot.app.LiveConfig;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rescans the article folder (LiveConfig logs the one line). Never two at once: Quartz and LiveConfig's lock. */
@DisallowConcurrentExecution
final class IngestJob implements Job {
    private static final Logger log = LoggerFactory.getLogger(IngestJob.class);
    private final LiveConfig live;

    IngestJob(LiveConfig live) {
        this.live = live;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            live.ingest();
        } catch (Exception e) {
            log.error("scheduled ingest failed: {}", e.getMessage());
        }
    }
}
