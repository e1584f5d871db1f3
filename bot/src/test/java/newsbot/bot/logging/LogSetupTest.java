package newsbot.bot.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log as an operator sets it: {@code NEWSBOT_LOG_LEVEL} (environment, or a system property of that name) sets
 * newsbot's level, INFO by default, on stderr; a logback configuration file of one's own replaces ours. Each case is
 * a fresh JVM running {@code newsbot list}, whose "no configuration file" line is logged at INFO.
 */
class LogSetupTest {
    private static final String INFO_LINE = "INFO  n.b.c.NewsbotCommand - no configuration file";

    @TempDir
    Path dir;

    @Test
    void newsbotLogsAtInfoToStderrByDefault() throws Exception {
        Run run = list(Map.of(), List.of());

        assertThat(run.err()).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} " + INFO_LINE);
        assertThat(run.out()).doesNotContain("INFO");
    }

    @Test
    void theLevelVariableQuietsOrOpensNewsbotsLog() throws Exception {
        assertThat(list(Map.of("NEWSBOT_LOG_LEVEL", "WARN"), List.of()).err()).doesNotContain(INFO_LINE);
        assertThat(list(Map.of("NEWSBOT_LOG_LEVEL", "debug"), List.of()).err()).contains(INFO_LINE);
        assertThat(list(Map.of(), List.of("-DNEWSBOT_LOG_LEVEL=ERROR")).err()).doesNotContain(INFO_LINE);
    }

    @Test
    void aLogbackFileOfOnesOwnReplacesTheBuiltInSetUp() throws Exception {
        Path own = Files.writeString(dir.resolve("own-logback.xml"), """
                <configuration>
                  <appender name="E" class="ch.qos.logback.core.ConsoleAppender">
                    <target>System.err</target>
                    <encoder><pattern>OWN %level %msg%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="E"/></root>
                </configuration>
                """);

        Run run = list(Map.of(), List.of("-Dlogback.configurationFile=" + own));

        assertThat(run.err()).contains("OWN INFO no configuration file").doesNotContain(INFO_LINE);
    }

    @Test
    void unknownLevelNamesAreReadAsLogbackReadsThem() {
        assertThat(LogSetup.level(null)).hasToString("INFO");
        assertThat(LogSetup.level(" warn ")).hasToString("WARN");
        assertThat(LogSetup.level("chatty")).hasToString("DEBUG");
    }

    private record Run(String out, String err) {
    }

    /** {@code newsbot --db DIR/n.db list} in a fresh JVM in {@code dir} (no configuration file there). */
    private Run list(Map<String, String> env, List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "newsbot.bot.cli.Main",
                "--db", dir.resolve("n.db").toString(), "list"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().remove("NEWSBOT_LOG_LEVEL");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("newsbot list finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        return new Run(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
