package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsbot.bot.telegram.FakeTelegramServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `newsbot run` as a child JVM with the environment a user would set: which adapters start, and that tokens never
 * show in what the process prints (its output and its log).
 */
class RunCommandEndToEndTest {
    static final String TOKEN = "123456:TEST-FAKE-TOKEN-not-real";
    /** An upper bound for a cold child JVM on a busy machine; awaits return as soon as their condition holds. */
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;
    FakeTelegramServer fake;
    NewsbotWorld world;
    Process process;
    private ChildRun child;
    List<String> lines = List.of();

    @BeforeEach
    void setUp() throws Exception {
        fake = new FakeTelegramServer();
        world = NewsbotWorld.create(tmp, fake.url().toString(), "http://127.0.0.1:9/api/");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        fake.close();
        world.close();
    }

    void run(Map<String, String> env) throws Exception {
        child = ChildRun.start(tmp, world.configFile, env);
        process = child.process();
        lines = child.lines();
    }

    String runningLine() {
        return child.awaitLine("newsbot running:", WAIT);
    }

    /** SIGTERM, then the process says it stopped and exits 0. */
    void stopsCleanly() throws Exception {
        process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the pipe we read
        assertThat(process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        await().atMost(WAIT).until(() -> lines.contains("newsbot stopped")); // the reader may lag the exit
        assertThat(process.exitValue()).isIn(0, 143); // 143: the JVM reports the SIGTERM it shut down on
    }

    @Test
    void aTelegramTokenStartsTelegramAgainstTheConfiguredApiUrl() throws Exception {
        run(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));

        assertThat(runningLine()).isEqualTo("newsbot running: telegram (@" + FakeTelegramServer.BOT_USERNAME + ")");
        assertThat(fake.calls("getMe")).singleElement().satisfies(c -> assertThat(c.token()).isEqualTo(TOKEN));
        await().atMost(WAIT).until(() -> fake.polls() > 0);
        fake.privateMessage(1001, "/search 董军", "zh");
        await().atMost(WAIT).until(() -> !fake.sentTo("1001").isEmpty());
        assertThat(fake.sentTo("1001").get(0).param("text")).contains(TelegramEndToEndTest.SEED_003);
        stopsCleanly();
        assertThat(lines).noneMatch(l -> l.contains("TEST-FAKE-TOKEN"));
    }

    @Test
    void withNoTokensNoAdapterStartsAndTheProcessKeepsRunning() throws Exception {
        run(Map.of());

        assertThat(runningLine()).isEqualTo("newsbot running: no chat adapter (no tokens set)");
        assertThat(process.isAlive()).isTrue();
        assertThat(fake.calls()).isEmpty();
        stopsCleanly();
    }

    @Test
    void aRejectedTokenLeavesTelegramOffSaysWhyAndTheProcessRuns() throws Exception {
        fake.rejectToken(TOKEN);
        run(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));

        assertThat(runningLine()).isEqualTo("newsbot running: no chat adapter; did not start: telegram (401 Unauthorized)");
        assertThat(process.isAlive()).isTrue();
        stopsCleanly();
        assertThat(lines).noneMatch(l -> l.contains("TEST-FAKE-TOKEN"));
    }
    /** One database, one running bot: a second `run` says who holds it and exits; the first keeps answering. */
    @Test
    void aSecondRunOnTheSameDatabaseSaysSoAndExitsWhileTheFirstKeepsAnswering() throws Exception {
        run(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));
        runningLine();

        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "newsbot.bot.cli.Main",
                "--config", world.configFile.toString(), "run")
                .directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("SLACK_"));
        pb.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
        Process second = pb.start();
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        assertThat(second.exitValue()).isEqualTo(4);
        assertThat(output).contains("another newsbot run", "pid " + process.pid(), "newsbot.db")
                .doesNotContain("newsbot running:", "Exception");
        assertThat(fake.calls("getMe")).hasSize(1); // the second never reached Telegram
        fake.privateMessage(1001, "/help", "en");
        await().atMost(WAIT).until(() -> !fake.sentTo("1001").isEmpty());
        stopsCleanly();
    }
}
