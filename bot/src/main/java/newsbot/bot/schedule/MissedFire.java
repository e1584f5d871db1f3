package newsbot.bot.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.quartz.CronExpression;

/** The schedule time a digest was due while the bot was down: the latest fire time after the last one, up to now. */
final class MissedFire {
    private static final int MAX_STEPS = 10_000;

    private MissedFire() {
    }

    /** @return the latest fire time in (lastFire, now], if there is one: one catch-up, not one per missed tick */
    static Optional<Instant> latest(CronExpression cron, Instant lastFire, Instant now) {
        Date next = cron.getNextValidTimeAfter(Date.from(lastFire));
        if (next == null || next.toInstant().isAfter(now)) {
            return Optional.empty();
        }
        Instant found = next.toInstant();
        int steps = 0;
        while (true) {
            if (++steps > MAX_STEPS) { // a fast cron and a long downtime: jump close to now and walk the rest
                steps = 0;
                Instant jump = now.minus(Duration.ofHours(1));
                if (jump.isAfter(found)) {
                    Date j = cron.getNextValidTimeAfter(Date.from(jump));
                    if (j != null && !j.toInstant().isAfter(now)) {
                        found = j.toInstant();
                    }
                } else {
                    return Optional.of(found);
                }
            }
            Date after = cron.getNextValidTimeAfter(Date.from(found));
            if (after == null || after.toInstant().isAfter(now)) {
                return Optional.of(found);
            }
            found = after.toInstant();
        }
    }
}
