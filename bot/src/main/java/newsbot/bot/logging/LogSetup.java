package newsbot.bot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * newsbot's logging, set up in code rather than read from a logback.xml: Logback's XML configuration costs a cold
 * command ~0.2 s of CPU (an XML parser found and started, the file read into a model), on every CLI call. Logs go to
 * stderr so that stdout stays clean for JSON and pipes; control characters in messages and exception messages are
 * escaped, so no logged value can forge a line; newsbot's own level from {@code NEWSBOT_LOG_LEVEL} (a system property
 * of that name first, as logback.xml read it), default INFO; Flyway and the libraries at WARN.
 *
 * <p>A configuration of one's own still wins: {@code -Dlogback.configurationFile=FILE}, or a logback.xml (or
 * logback-test.xml) on the class path — then Logback reads that, as it always did.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String APPENDER = "STDERR";
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %safeMsg%n%safeEx";
    static final String LEVEL_VARIABLE = "NEWSBOT_LOG_LEVEL";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ContextInitializer.CONFIG_FILE_PROPERTY) != null || onClassPath("logback-test.xml")
                || onClassPath("logback.xml")) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Map<String, Supplier<DynamicConverter>> rules = new HashMap<>();
        rules.put("safeMsg", EscapedMessageConverter::new);
        rules.put("safeEx", EscapedThrowableConverter::new);
        context.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName(APPENDER);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("newsbot").setLevel(level(setting()));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code NEWSBOT_LOG_LEVEL}: a system property of that name, else the environment variable, else none. */
    private static String setting() {
        String property = System.getProperty(LEVEL_VARIABLE);
        return property != null ? property : System.getenv(LEVEL_VARIABLE);
    }

    /** The level named (any case), INFO when none is; a name Logback does not know is DEBUG, as in logback.xml. */
    static Level level(String name) {
        return name == null || name.isBlank() ? Level.INFO : Level.toLevel(name.strip());
    }

    private static boolean onClassPath(String resource) {
        ClassLoader loader = LogSetup.class.getClassLoader();
        return loader != null && loader.getResource(resource) != null;
    }
}
