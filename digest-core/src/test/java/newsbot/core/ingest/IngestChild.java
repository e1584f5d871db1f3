package newsbot.core.ingest;

import java.nio.file.Path;
import java.time.Clock;
import newsbot.core.parse.ArticleParser;
import newsbot.core.store.Database;
import newsbot.core.store.SqliteArticleStore;
import newsbot.core.topic.RelevanceAssessor;
import newsbot.core.topic.Topic;

/** Not a test: the main of the child JVM that {@link CrashRecoveryTest} kills mid-ingest. */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path db = Path.of(args[1]);
        ArticleParser parser = new ArticleParser();
        ArticleFileParser slowed = (path, bytes) -> {
            try {
                Thread.sleep(1); // stretch the scan so the kill lands in the middle of it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return parser.parse(path, bytes);
        };
        RelevanceAssessor assessor = RelevanceAssessor.of(Topic.load(IngestFixture.TOPIC), "test");
        new Ingester(new SqliteArticleStore(Database.open(db)), slowed, assessor, Clock.systemUTC())
                .ingest(folder, IngestOptions.defaults(), IngestListener.NONE);
    }
}
