package newsbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import newsbot.bot.telegram.FakeTelegramServer;
import newsbot.core.store.LockFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `run` answers from the start: while its first scan runs, a question says so instead of "no stories yet". */
class FirstScanEndToEndTest {
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path tmp;
    FakeTelegramServer fake;
    NewsbotWorld world;

    @AfterEach
    void stop() {
        world.close();
        fake.close();
    }

    @Test
    void aQuestionDuringTheFirstScanIsToldTheScanIsRunning() throws Exception {
        fake = new FakeTelegramServer();
        world = NewsbotWorld.create(tmp, fake.url().toString(), "http://127.0.0.1:9/api/");
        CompletableFuture<NewsbotWorld> started;
        try (LockFile.Held ingestUnderWay = new LockFile(tmp.resolve("newsbot.db"), "ingest").acquire(() -> { })) {
            started = CompletableFuture.supplyAsync(() -> {
                try {
                    return world.run(Map.of("TELEGRAM_BOT_TOKEN", "123456:TEST-FAKE-TOKEN-not-real"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(WAIT).until(() -> fake.polls() > 0); // the adapter answers while the scan waits

            fake.privateMessage(1001, "/latest", "en");
            fake.privateMessage(1001, "/search 董军", "en");

            await().atMost(WAIT).until(() -> fake.sentTo("1001").size() == 2);
            assertThat(fake.sentTo("1001")).allSatisfy(c -> assertThat(c.param("text"))
                    .contains("The first scan of the article folder is still running").doesNotContain("No stories"));
        }
        started.get();
        fake.privateMessage(1001, "/latest", "en");
        await().atMost(WAIT).until(() -> fake.sentTo("1001").size() >= 3);
        assertThat(fake.sentTo("1001").get(2).param("text")).contains(TelegramEndToEndTest.SEED_004);
    }
}
