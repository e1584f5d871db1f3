package newsbot.bot.schedule;

import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.SchedulerStateRecord;

/**
 * Quartz's JDBC job store with a shorter grace before an instance counts as dead: one check-in period instead of
 * Quartz's fixed 7.5 s, so that with instances checking in three times per {@code schedule.cluster-checkin-seconds}
 * (see {@link QuartzSetup}) a killed instance's triggers are taken over within that interval (it is declared dead
 * once it missed two check-ins, at the first check-in of another instance after that).
 *
 * <p>A live instance that is only slow (a long pause) may be declared dead too early; its jobs then run a second time
 * elsewhere. Every job here is safe to run twice: composing is once per subscriber and fire time, posting is claimed
 * per subscriber, ingest holds an advisory lock. Public only because Quartz makes it from its class name.
 */
public final class ClusterJobStore extends JobStoreTX {
    @Override
    protected long calcFailedIfAfter(SchedulerStateRecord rec) {
        // as Quartz: the later of its own interval and the time since our last check-in (were we the slow one?)
        return rec.getCheckinTimestamp() + Math.max(rec.getCheckinInterval(), System.currentTimeMillis() - lastCheckin)
                + rec.getCheckinInterval();
    }
}
