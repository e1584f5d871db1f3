package newsbot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsbot.bot.logging.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `newsbot run` on a database it cannot write (issue 14, item 9): one line saying so, exit 4, and no error per job —
 * whether the file is read-only when it starts or becomes so while it runs.
 */
class ReadOnlyDatabaseRunTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;
    private Path articles;
    private Path config;
    private Path db;
    private ReadOnlyFile readOnly;

    @BeforeEach
    void setUp() throws Exception {
        articles = Files.createDirectories(tmp.resolve("articles"));
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, articles.resolve(seed.getFileName()));
            }
        }
        db = tmp.resolve("newsbot.db");
        config = Files.writeString(tmp.resolve("newsbot.yml"), """
                articles: "%s"
                database: "%s"
                topic: "%s"
                schedule:
                  debounce-seconds: 1
                """.formatted(articles, db, CliRun.TOPIC), StandardCharsets.UTF_8);
        assertThat(CliRun.of("--config", config.toString(), "ingest").exitCode()).isZero();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (readOnly != null) {
            readOnly.close();
        }
    }

    @Test
    void aReadOnlyDatabaseAtStartIsSaidInOneLineAndRunExits4WithoutStarting() throws Exception {
        readOnly = ReadOnlyFile.make(db);
        try (LogCapture log = new LogCapture()) {
            CliRun run = CompletableFuture.supplyAsync(() -> CliRun.of("--config", config.toString(), "run"))
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS); // before, it started and ran on, an ERROR per job

            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.err().lines()).singleElement().asString()
                    .startsWith("newsbot: database " + db + " cannot be written (Attempt to write a readonly database)")
                    .contains("writable");
            assertThat(run.out()).doesNotContain("newsbot running");
            assertThat(log.text()).doesNotContain("ERROR").doesNotContain("SQLITE_READONLY");
        }
    }

    @Test
    void aDatabaseThatBecomesReadOnlyWhileRunningStopsTheBotWithOneLineNotAnErrorPerJob() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (LogCapture log = new LogCapture()) {
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Main.run(new PrintWriter(out, true),
                    new PrintWriter(err, true), "--config", config.toString(), "run"));
            await().atMost(WAIT).until(() -> out.toString().contains("newsbot running") || run.isDone());
            assertThat(run.isDone()).as("run ended early: %s", err).isFalse();

            readOnly = ReadOnlyFile.make(db);
            Files.writeString(articles.resolve("new.md"), "# 董军与奥斯汀视频通话\n\n国防部长董军应约同美国国防部长"
                    + "奥斯汀视频通话，双方就中美两军关系交换意见。\n", StandardCharsets.UTF_8); // the watch ingests it

            assertThat(run.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(4);
            assertThat(err.toString().lines()).singleElement().asString()
                    .startsWith("newsbot: database " + db + " cannot be written (Attempt to write a readonly database)");
            assertThat(log.text()).doesNotContain("ingest failed").doesNotContain("SQLITE_READONLY");
            assertThat(out.toString()).doesNotContain("newsbot stopped"); // a stop by failure is not a clean stop
        }
    }
}
