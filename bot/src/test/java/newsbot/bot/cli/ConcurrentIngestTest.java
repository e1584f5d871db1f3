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
import java.util.stream.Stream;
import newsbot.core.store.LockFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two ingests on one database: the second waits for the first and says so; nothing fails, nothing is stored twice. */
class ConcurrentIngestTest {
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;
    Path articles;

    @BeforeEach
    void folder() throws Exception {
        articles = Files.createDirectories(tmp.resolve("articles"));
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, articles.resolve(seed.getFileName()));
            }
        }
        for (int i = 0; i < 150; i++) {
            Files.writeString(articles.resolve("note-" + i + ".md"), "# Dong Jun and Lloyd Austin, note " + i
                    + "\n\nChinese Defense Minister Dong Jun and US Defense Secretary Lloyd Austin spoke, note " + i
                    + " of many, about maritime safety and crisis communication.\n", StandardCharsets.UTF_8);
        }
    }

    @Test
    void twoIngestsStartedTogetherBothSucceedAndStoreEachArticleOnce() throws Exception {
        CompletableFuture<CliRun> a = CompletableFuture.supplyAsync(() -> CliRun.in(tmp, "ingest", "--articles",
                articles.toString(), "--json"));
        CompletableFuture<CliRun> b = CompletableFuture.supplyAsync(() -> CliRun.in(tmp, "ingest", "--articles",
                articles.toString(), "--json"));

        for (CliRun run : new CliRun[] {a.get(), b.get()}) {
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).doesNotContain("UNIQUE", "SQLITE_BUSY", "Exception");
        }
        CliRun list = CliRun.in(tmp, "list", "--json");
        assertThat(list.out().split("\"path\"", -1)).hasSize(155 + 1);
    }

    @Test
    void anIngestWaitsForTheOneUnderWayAndSaysSo() throws Exception {
        CliRun.in(tmp, "ingest", "--articles", articles.toString()); // the database exists
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> second;
        try (LockFile.Held held = new LockFile(tmp.resolve("n.db"), "ingest").acquire(() -> { })) {
            second = CompletableFuture.supplyAsync(() -> Main.run(new PrintWriter(new StringWriter(), true),
                    new PrintWriter(err, true), "--config", tmp.resolve("test-newsbot.yml").toString(), "ingest",
                    "--articles", articles.toString()));
            await().atMost(WAIT).until(() -> err.toString().contains("another ingest is running on"));
            assertThat(second).isNotDone();
        }
        assertThat(second.get()).isZero();
        assertThat(err.toString().lines().count()).isEqualTo(1);
    }
}
