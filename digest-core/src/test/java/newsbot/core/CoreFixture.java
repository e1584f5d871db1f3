package newsbot.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import newsbot.core.ingest.IngestListener;
import newsbot.core.ingest.IngestOptions;
import newsbot.core.ingest.IngestReport;
import newsbot.core.store.pg.TestDatabases;

/**
 * The facade over a temp folder and database, with the shipped topic: what the bot itself uses. Close it after the
 * test (an {@code @AutoClose} field): on PostgreSQL its pool holds connections until closed.
 */
public final class CoreFixture implements AutoCloseable {
    public static final Path TOPIC = Path.of("..", "config", "topics", "us-china-military.yml");
    public static final Path SEEDS = Path.of("..", "seeds");

    public final Path folder;
    public final Digests digests;
    private long mtime = 1_700_000_000_000L;

    public CoreFixture(Path tmp) throws Exception {
        folder = Files.createDirectories(tmp.resolve("articles"));
        digests = Digests.open(TestDatabases.fresh(tmp.resolve("newsbot.db")), TOPIC,
                Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC));
    }

    public CoreFixture withSeeds(String... names) throws IOException {
        for (String n : names) {
            Path target = folder.resolve(n);
            Files.copy(SEEDS.resolve(n), target, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(target, FileTime.fromMillis(mtime += 60_000));
        }
        return this;
    }

    public Path write(String relative, String text) throws IOException {
        Path p = folder.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(p, FileTime.fromMillis(mtime += 60_000));
        return p;
    }

    public IngestReport ingest() throws Exception {
        return digests.ingest(folder, new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, 2), IngestListener.NONE);
    }

    @Override
    public void close() {
        digests.close();
    }

    public static final String[] ALL_SEEDS = {"000_b0f2bc0734108940.txt", "001_3c66538365dce977.txt",
            "002_463d53a6658c2af1.txt", "003_58f0ce17d408de9a.txt", "004_6e34d8bb3fe969e6.txt"};
}
