package newsbot.core;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import newsbot.core.ingest.FolderUnusableException;
import newsbot.core.ingest.IngestListener;
import newsbot.core.ingest.IngestOptions;
import newsbot.core.ingest.IngestReport;
import newsbot.core.ingest.Ingester;
import newsbot.core.parse.ArticleParser;
import newsbot.core.store.ArticleListing;
import newsbot.core.store.ArticleStore;
import newsbot.core.store.Database;
import newsbot.core.store.SqliteArticleStore;
import newsbot.core.store.StoreException;

/**
 * The face of digest-core: everything the bot, the CLI and the benchmarks need, over one
 * SQLite file. Knows nothing of chats.
 */
public final class Digests {
    private final Database db;
    private final ArticleStore store;
    private final Clock clock;
    private final ArticleParser parser = new ArticleParser();

    private Digests(Database db, Clock clock) {
        this.db = db;
        this.store = new SqliteArticleStore(db);
        this.clock = clock;
    }

    /** Opens (creating and migrating if needed) the database file. */
    public static Digests open(Path databaseFile, Clock clock) throws StoreException {
        return new Digests(Database.open(databaseFile), clock);
    }

    public Path databaseFile() {
        return db.file();
    }

    /** Scans the folder into the store; see {@link Ingester}. */
    public IngestReport ingest(Path folder, IngestOptions options, IngestListener listener)
            throws FolderUnusableException, StoreException {
        return new Ingester(store, parser::parse, clock).ingest(folder, options, listener);
    }

    /** Served articles, newest first. */
    public List<ArticleListing> articles() throws StoreException {
        return store.listArticles();
    }
}
