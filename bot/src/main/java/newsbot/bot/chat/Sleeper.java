package newsbot.bot.chat;

import java.time.Duration;

/** Waits; tests pass one that only records (and may advance a fake clock) so that no test sleeps for real. */
@FunctionalInterface
public interface Sleeper {
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
