package newsbot.bot.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Keeps a flood from becoming a flood of log lines: the first {@code perWindow} lines of each window are written,
 * the rest only counted, and the count is told with the first line of the next window.
 */
public final class LogThrottle {
    private final int perWindow;
    private final Duration window;
    private final Clock clock;
    private Instant windowStart = Instant.MIN;
    private int written;
    private long suppressed;

    public LogThrottle(int perWindow, Duration window, Clock clock) {
        this.perWindow = perWindow;
        this.window = window;
        this.clock = clock;
    }

    /** Writes {@code line} through {@code log} unless this window's share is used up. */
    public synchronized void log(Consumer<String> log, String line) {
        Instant now = clock.instant();
        if (!now.isBefore(windowStart.plus(window))) {
            if (suppressed > 0) {
                log.accept("… and " + suppressed + " more like it in the " + window.toSeconds() + " s before");
            }
            windowStart = now;
            written = 0;
            suppressed = 0;
        }
        if (written < perWindow) {
            written++;
            log.accept(line);
        } else {
            suppressed++;
        }
    }
}
