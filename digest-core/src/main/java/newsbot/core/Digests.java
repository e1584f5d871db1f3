package newsbot.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import newsbot.core.delivery.DeliveryStore;
import newsbot.core.delivery.SeenRequests;
import newsbot.core.delivery.SqliteSeenRequests;
import newsbot.core.delivery.SqliteDeliveryStore;
import newsbot.core.digest.Digest;
import newsbot.core.digest.DigestComposer;
import newsbot.core.digest.DigestRequest;
import newsbot.core.ingest.FolderUnusableException;
import newsbot.core.ingest.IngestListener;
import newsbot.core.ingest.IngestOptions;
import newsbot.core.ingest.IngestReport;
import newsbot.core.ingest.Ingester;
import newsbot.core.topic.RelevanceAssessor;
import newsbot.core.parse.ArticleParser;
import newsbot.core.search.InvalidQueryException;
import newsbot.core.search.SearchCache;
import newsbot.core.search.SearchEngine;
import newsbot.core.search.SearchQuery;
import newsbot.core.search.SearchResults;
import newsbot.core.source.SourceRules;
import newsbot.core.store.ArticleListing;
import newsbot.core.store.ArticleStore;
import newsbot.core.store.Database;
import newsbot.core.store.DatabaseLocation;
import newsbot.core.store.LockFile;
import newsbot.core.store.SqliteArticleStore;
import newsbot.core.store.StoreException;
import newsbot.core.store.StoreStatus;
import newsbot.core.event.Event;
import newsbot.core.event.GroupingReport;
import newsbot.core.event.SqliteEventStore;
import newsbot.core.summary.Summarizer;
import newsbot.core.timeline.Timeline;
import newsbot.core.timeline.TimelineMaker;
import newsbot.core.timeline.TimelineQuery;
import newsbot.core.timeline.UnknownNameException;
import newsbot.core.topic.Explanation;
import newsbot.core.topic.Topic;
import newsbot.core.topic.TopicFileException;

/**
 * The face of digest-core: everything the bot, the CLI and the benchmarks need, over one
 * database (a SQLite file, or PostgreSQL) and one topic definition. Knows nothing of chats. Thread-safe: the topic can be
 * swapped by {@link #reloadTopic} while searches run. Close it to release the connections it keeps
 * for searches.
 */
public final class Digests implements AutoCloseable {
    private final Database db;
    private final ArticleStore store;
    private final Clock clock;
    private final ArticleParser parser = new ArticleParser();
    private final DigestComposer composer;
    private volatile LoadedTopic topic;
    /** The configuration's sources: rules in force; read by listings, searches and digests as they run. */
    private final AtomicReference<SourceRules> sources;

    private Digests(Database db, LoadedTopic topic, AtomicReference<SourceRules> sources, Clock clock) {
        this.db = db;
        this.sources = sources;
        this.store = new SqliteArticleStore(db, sources::get);
        this.composer = new DigestComposer(new Summarizer(), sources::get, this::topic);
        this.topic = topic;
        this.clock = clock;
    }

    /**
     * Opens (creating and migrating if needed) the database file and loads the topic file.
     *
     * @throws TopicFileException naming the file, line and key of a problem in the topic
     */
    public static Digests open(Path databaseFile, Path topicFile, Clock clock) throws StoreException, TopicFileException {
        return open(new DatabaseLocation.SqliteFile(databaseFile), topicFile, clock);
    }

    /** Opens as {@link #open(Path, Path, Clock)} the database at {@code location}: a SQLite file or PostgreSQL. */
    public static Digests open(DatabaseLocation location, Path topicFile, Clock clock)
            throws StoreException, TopicFileException {
        AtomicReference<SourceRules> sources = new AtomicReference<>(SourceRules.NONE);
        LoadedTopic topic = LoadedTopic.load(topicFile, sources::get);
        Digests digests = new Digests(Database.open(location), topic, sources, clock);
        digests.store.upgradeLegacyData();
        return digests;
    }

    /**
     * Opens as {@link #open(Path, Path, Clock)} and applies the configuration's {@code sources:} rules.
     */
    public static Digests open(Path databaseFile, Path topicFile, SourceRules sources, Clock clock)
            throws StoreException, TopicFileException {
        return open(new DatabaseLocation.SqliteFile(databaseFile), topicFile, sources, clock);
    }

    /** Opens as {@link #open(DatabaseLocation, Path, Clock)} and applies the configuration's {@code sources:} rules. */
    public static Digests open(DatabaseLocation location, Path topicFile, SourceRules sources, Clock clock)
            throws StoreException, TopicFileException {
        Digests digests = open(location, topicFile, clock);
        digests.useSources(sources);
        return digests;
    }

    /**
     * Copies the SQLite database {@code from} into the empty PostgreSQL database {@code to} (both migrated first):
     * everything stored, ids kept, so a move needs no re-ingest and sends nothing again. Refuses a non-empty target.
     *
     * @return rows copied by table, and "search": articles indexed afresh
     */
    public static java.util.Map<String, Integer> copyDatabase(DatabaseLocation from, DatabaseLocation to)
            throws StoreException {
        if (from.file().isEmpty() || !Files.isRegularFile(from.file().get())) {
            throw new StoreException("migrate reads a SQLite file: " + from + " is not one");
        }
        try (Database source = Database.open(from); Database target = Database.open(to)) {
            return newsbot.core.store.DatabaseCopy.copy(source, target);
        }
    }

    /** The configuration's {@code sources:} rules in force. */
    public SourceRules sources() {
        return sources.get();
    }

    /**
     * Applies new {@code sources:} rules: outlets and kinds are resolved when read, so every listing,
     * search and digest from now on uses them, for articles stored before too.
     */
    public void useSources(SourceRules rules) {
        sources.set(java.util.Objects.requireNonNull(rules, "rules"));
    }

    /** Where the database is: a SQLite file, or a PostgreSQL server's. */
    public DatabaseLocation database() {
        return db.location();
    }

    /** Fails, {@link StoreException#unwritable()}, when this process cannot write the database. */
    public void requireWritable() throws StoreException {
        db.requireWritable();
    }

    public Topic topic() {
        return topic.topic();
    }

    /**
     * Re-reads the topic file. A broken file throws and leaves the running topic in place;
     * a good one takes over, and articles are rescored at the next {@link #ingest}.
     */
    public Topic reloadTopic(Path topicFile) throws TopicFileException {
        LoadedTopic fresh = LoadedTopic.load(topicFile, sources::get);
        topic = fresh;
        return fresh.topic();
    }

    /** Closes the read connections kept for searches; a closed instance still works, opening them afresh. */
    @Override
    public void close() {
        db.close();
    }

    /** {@link #scan} then {@link #groupStories}: what a user means by "ingest". */
    public IngestReport ingest(Path folder, IngestOptions options, IngestListener listener)
            throws FolderUnusableException, StoreException {
        try (LockFile.Held lock = db.hold("ingest", () -> listener.waiting(db.toString()))) {
            IngestReport report = scanHoldingTheLock(folder, options, listener);
            groupStories();
            return report;
        }
    }

    /**
     * Rescores articles scored by another topic version, then scans the folder; see {@link Ingester}. Waits for
     * an ingest under way on the same database, in this process or another.
     */
    public IngestReport scan(Path folder, IngestOptions options, IngestListener listener)
            throws FolderUnusableException, StoreException {
        try (LockFile.Held lock = db.hold("ingest", () -> listener.waiting(db.toString()))) {
            return scanHoldingTheLock(folder, options, listener);
        }
    }

    private IngestReport scanHoldingTheLock(Path folder, IngestOptions options, IngestListener listener)
            throws FolderUnusableException, StoreException {
        LoadedTopic t = topic;
        RelevanceAssessor assessor = RelevanceAssessor.of(t.topic(), t.version());
        store.rescore(assessor);
        IngestReport report = new Ingester(store, parser::parse, assessor, clock).ingest(folder, options, listener);
        store.recordScan(clock.instant(), report);
        return report;
    }

    /**
     * Folds near-duplicates of new articles, then groups the relevant articles into events (stories) when they
     * or the topic changed since the last grouping; see {@link SqliteEventStore#regroup}.
     */
    public GroupingReport groupStories() throws StoreException {
        LoadedTopic t = topic;
        try (Connection c = db.connect()) {
            // take the write lock when the transaction begins: a deferred one that reads first cannot upgrade while a
            // digest is being composed (SQLITE_BUSY at once, no busy wait) and failed the ingest
            db.beginExclusive(c);
            return SqliteEventStore.regroup(c, t.topic(), t.version(), clock.instant());
        } catch (SQLException e) {
            throw new StoreException("grouping stories failed in " + db + ": " + e.getMessage(), e);
        }
    }

    /** Subscriptions, watermarks and the outbox of scheduled digests, in the same database. */
    public DeliveryStore delivery() {
        return new SqliteDeliveryStore(db, composer);
    }

    /** Requests already handled (Slack's retries and replays), in the same database. */
    public SeenRequests seenRequests() {
        return new SqliteSeenRequests(db);
    }

    /** The digest of relevant stories for a reader with no history (the CLI): nothing counts as sent before. */
    public Digest digest(DigestRequest request) throws StoreException {
        try (Connection c = db.connect()) {
            return composer.compose(c, request, story -> List.of(), clock.instant());
        } catch (SQLException e) {
            throw new StoreException("cannot compose a digest from " + db + ": " + e.getMessage(), e);
        }
    }

    /** The {@code count} newest stories (by event date), summarised in {@code language}. */
    public Digest latest(int count, String language) throws StoreException {
        try {
            return db.read(c -> composer.latest(c, count, language, clock.instant()));
        } catch (SQLException e) {
            throw new StoreException("cannot read the latest stories from " + db + ": " + e.getMessage(), e);
        }
    }

    /** How much is stored, for /status. */
    public StoreStatus status() throws StoreException {
        return store.status();
    }

    /** Stories (events), newest event first, with their served articles. */
    public List<Event> stories() throws StoreException {
        try {
            return db.read(c -> SqliteEventStore.events(c, sources.get()));
        } catch (SQLException e) {
            throw new StoreException("cannot read stories from " + db + ": " + e.getMessage(), e);
        }
    }

    /**
     * The contacts of the query's period (and participant), oldest first, with the running topic's kinds and levels.
     *
     * @throws UnknownNameException when the query's {@code who} names nobody the topic knows
     */
    public Timeline timeline(TimelineQuery query) throws StoreException, UnknownNameException {
        return new TimelineMaker(topic.topic()).make(stories(), query, java.time.LocalDate.now(clock));
    }

    /** The story {@code id} names; an id merged into an older story gives that story. */
    public Optional<Event> story(long id) throws StoreException {
        try {
            return db.read(c -> SqliteEventStore.event(c, id, sources.get()));
        } catch (SQLException e) {
            throw new StoreException("cannot read story " + id + " from " + db + ": " + e.getMessage(), e);
        }
    }

    /** Served articles, newest first. */
    public List<ArticleListing> articles() throws StoreException {
        return store.listArticles();
    }

    /**
     * Why the served article stored under {@code path} is or is not on topic, rule by rule, scored afresh by the
     * running topic (so a just-edited topic file explains itself before the next rescan).
     */
    public Optional<Explanation> explain(ArticleListing article) throws StoreException {
        List<newsbot.core.parse.Section> sections = store.sections(article.id());
        return sections.isEmpty() ? Optional.empty() : Optional.of(topic.topic().explain(article.title(), sections));
    }

    /** The served article stored under {@code path} (a primary or duplicate file), if any. */
    public Optional<ArticleListing> article(String path) throws StoreException {
        return store.findByPath(path);
    }

    /**
     * Full-text search in Chinese and English; English names, places and terms also find Chinese articles
     * through the topic's entities, terms and glossary, and the other way round.
     *
     * @throws InvalidQueryException when the query has nothing to search for; the message says why
     */
    public SearchResults search(SearchQuery query) throws InvalidQueryException, StoreException {
        SearchCache searches = topic.searches().get();
        SourceRules rules = sources.get();
        try {
            return db.read(c -> searches.search(c, query, rules));
        } catch (SQLException e) {
            throw new StoreException("search failed in " + db + ": " + e.getMessage(), e);
        }
    }

    /**
     * Builds the search engine and searches the first {@code count} names the topic defines (people, offices,
     * mechanisms), as a reader would: the first reader's search then does not pay for the thesaurus, the JIT and cold
     * caches (about a second in a fresh JVM, several when the machine is busy). A failure is left to the searches.
     *
     * @return how many searches ran
     */
    public int warmUpSearch(int count) {
        List<String> names = topic().thesaurus().concepts().stream()
                .filter(c -> "topic".equals(c.source())).map(newsbot.core.search.Concept::label).distinct()
                .limit(count).toList();
        int ran = 0;
        for (String name : names) {
            try {
                search(SearchQuery.of(name));
                ran++;
            } catch (InvalidQueryException | StoreException | RuntimeException e) {
                return ran; // the database or the query is at fault: readers will be told, not the warm-up
            }
        }
        return ran;
    }

    /**
     * A topic, the hash of the file it came from, and the search engine that expands its names (with its recent
     * pages), made at the first search: its thesaurus and analyzer are a good part of a cold start, and ingest needs
     * neither.
     */
    private record LoadedTopic(Topic topic, String version, Supplier<SearchCache> searches) {
        static LoadedTopic load(Path file, Supplier<SourceRules> sources) throws TopicFileException {
            Topic t = Topic.load(file);
            try {
                byte[] bytes = Files.readAllBytes(file);
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
                return new LoadedTopic(t, t.id() + "@" + HexFormat.of().formatHex(digest, 0, 8),
                        once(() -> new SearchCache(new SearchEngine(t.thesaurus(), sources)::search)));
            } catch (IOException | java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("topic file " + file + " vanished after it was read", e);
            }
        }

        private static Supplier<SearchCache> once(Supplier<SearchCache> make) {
            AtomicReference<SearchCache> made = new AtomicReference<>();
            return () -> made.updateAndGet(e -> e != null ? e : make.get());
        }
    }
}
