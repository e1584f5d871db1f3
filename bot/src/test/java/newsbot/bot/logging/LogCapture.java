package newsbot.bot.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the log would print while it is open: every event at any level, encoded by the encoder that logback.xml
 * gives stderr, so a test sees the very lines an operator would.
 */
public final class LogCapture implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Encoder<ILoggingEvent> encoder;
    private final List<String> lines = new ArrayList<>();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            String text = new String(encoder.encode(event), StandardCharsets.UTF_8);
            synchronized (lines) {
                lines.add(text);
            }
        }
    };

    @SuppressWarnings("unchecked")
    public LogCapture() {
        this.encoder = ((OutputStreamAppender<ILoggingEvent>) root.getAppender("STDERR")).getEncoder();
        appender.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        appender.start();
        root.addAppender(appender);
    }

    /** All that was printed so far, as one text. */
    public String text() {
        synchronized (lines) {
            return String.join("", lines);
        }
    }

    /** The printed lines so far (an event with a stack trace is several lines). */
    public List<String> lines() {
        return List.of(text().split("\n"));
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
