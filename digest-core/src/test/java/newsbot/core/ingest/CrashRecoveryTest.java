package newsbot.core.ingest;

import static newsbot.core.ingest.IngestFixture.markdown;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child JVM killed mid-ingest leaves whole articles only, and the next scan completes the folder. */
class CrashRecoveryTest {
    private static final int FILES = 3_000;

    @TempDir
    Path tmp;
    @AutoClose
    IngestFixture fx;

    @Test
    void killedIngestLeavesNoHalfArticleAndTheRerunCompletesIt() throws Exception {
        fx = new IngestFixture(tmp);
        for (int i = 0; i < FILES; i++) {
            fx.write(String.format("2024-04-%02d/article-%04d.md", 1 + i % 28, i),
                    markdown("第" + i + "篇：中美两军沟通", "段落" + i + "。".repeat(1 + i % 7) + "\n\n第二段" + i + "。"));
        }
        Random random = new Random(42);
        for (int round = 0; round < 3; round++) {
            Process child = startChild(fx);
            long target = (long) ((round + 1) * FILES / 5.0 + random.nextInt(200));
            waitForArticles(fx, child, target);
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            assertConsistent(fx);
        }

        IngestReport rerun = fx.ingest();

        assertThat(rerun.errors()).isEmpty();
        assertConsistent(fx);
        List<String> titles = fx.servedTitles();
        assertThat(titles).hasSize(FILES).doesNotHaveDuplicates();
        assertThat(fx.count("SELECT count(*) FROM article_files")).isEqualTo(FILES);
        assertThat(fx.count("SELECT count(*) FROM articles")).isEqualTo(FILES);
        assertThat(fx.ingest().unchanged()).isEqualTo(FILES);
    }

    private static Process startChild(IngestFixture fx) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IngestChild.class.getName(),
                fx.folder.toString(), fx.db.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void waitForArticles(IngestFixture fx, Process child, long target) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (fx.count("SELECT count(*) FROM articles") >= target) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private static void assertConsistent(IngestFixture fx) throws Exception {
        assertThat(fx.count("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                + "(SELECT 1 FROM article_sections s WHERE s.article_id = a.id)")).as("articles without text").isZero();
        assertThat(fx.count("SELECT count(*) FROM articles a WHERE a.removed_at IS NULL AND NOT EXISTS "
                + "(SELECT 1 FROM article_files f WHERE f.article_id = a.id)")).as("served articles without a file").isZero();
        assertThat(fx.count("SELECT count(*) FROM article_files f WHERE NOT EXISTS "
                + "(SELECT 1 FROM articles a WHERE a.id = f.article_id)")).as("files without an article").isZero();
        assertThat(fx.count("SELECT count(*) FROM articles WHERE seq > (SELECT value FROM counters WHERE name = 'ingest_seq')"))
                .as("sequence numbers beyond the counter").isZero();
    }
}
