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
    private final FatalFailure fatal;

    IngestJob(LiveConfig live, FatalFailure fatal) {
        this.live = live;
        this.fatal = fatal;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            live.ingest();
        } catch (Exception e) {
            if (!fatal.ends(e)) {
                log.error("scheduled ingest failed: {}", e.getMessage());
            }
        }
    }
}
