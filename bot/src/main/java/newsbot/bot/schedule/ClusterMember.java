package newsbot.bot.schedule;

import java.time.Duration;
import java.time.Instant;

/**
 * One instance of a clustered scheduler (PostgreSQL), as Quartz's own table of instances says: its id, when it last
 * checked in, and how often it should. One that missed two check-ins is taken for dead: another instance takes its
 * triggers over ({@link ClusterJobStore}).
 */
public record ClusterMember(String instanceId, Instant lastCheckin, Duration checkinInterval, boolean self) {

    public boolean alive(Instant now) {
        return self || !lastCheckin.plus(checkinInterval.multipliedBy(2)).isBefore(now);
    }
}
