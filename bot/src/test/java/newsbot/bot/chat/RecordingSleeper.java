package newsbot.bot.chat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records waits instead of waiting, so pacing and retry-after are measured, not slept through. */
public final class RecordingSleeper implements Sleeper {
    public final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
    }
}
