package newsbot.bot.schedule;

import newsbot.bot.delivery.OutboxSender;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts what is due in the outbox: retries, and digests a restart left unsent or half-sent. */
@DisallowConcurrentExecution
final class DeliverJob implements Job {
    private static final Logger log = LoggerFactory.getLogger(DeliverJob.class);
    private final OutboxSender outbox;
    private final FatalFailure fatal;

    DeliverJob(OutboxSender outbox, FatalFailure fatal) {
        this.outbox = outbox;
        this.fatal = fatal;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            outbox.deliverDue();
        } catch (Exception e) {
            if (!fatal.ends(e)) {
                log.error("outbox delivery failed: {}", e.getMessage());
            }
        }
    }
}
