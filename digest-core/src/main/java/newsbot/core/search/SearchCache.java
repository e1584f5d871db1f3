package newsbot.core.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The last {@value #CAPACITY} searches' pages, kept until the articles change. When news breaks, many readers search
 * the same name at once: the first of them searches, the others wait for that answer instead of each searching
 * again (a search costs 3–25 ms of CPU on 70,000 articles, and a burst of them queues on the cores).
 *
 * <p>Kept pages belong to one state of the database, read before every lookup from what each ingest and grouping
 * writes: the {@code counters} (the ingest sequence, bumped for every added or changed article; the count of scans,
 * bumped at the end of every scan, which also covers removals, moves and rescoring) and the {@code meta} rows (last
 * scan, the near-duplicate and grouping marks). Another process's ingest (a CLI {@code ingest}, a second instance on
 * PostgreSQL) moves them too. While a scan runs, a page kept from before it may be shown until it ends. Pages also belong to the sources rules in force, which name each hit's outlet; a
 * reloaded topic makes a new engine and a new cache. Failures are not kept. Thread-safe.
 */
public final class SearchCache {
    static final int CAPACITY = 256;
    private static final String STATE = """
            SELECT name, CAST(value AS TEXT) FROM counters
            UNION ALL SELECT name, value FROM meta ORDER BY 1""";

    /** The pages of one database state and one set of sources rules. */
    private record Generation(String state, Object sources, Map<SearchQuery, CompletableFuture<SearchResults>> pages) {
        Generation(String state, Object sources) {
            this(state, sources, new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<SearchQuery, CompletableFuture<SearchResults>> eldest) {
                    return size() > CAPACITY;
                }
            });
        }
    }

    /** How one search is answered. */
    @FunctionalInterface
    public interface Search {
        SearchResults search(Connection connection, SearchQuery query) throws InvalidQueryException, SQLException;
    }

    private final Search search;
    private volatile Generation current = new Generation("", new Object());

    public SearchCache(Search search) {
        this.search = Objects.requireNonNull(search, "search");
    }

    /**
     * The page for {@code query}: kept, being searched by another thread (then its answer), or searched now.
     *
     * @param sources the sources rules in force (compared by identity: new rules, new pages)
     */
    public SearchResults search(Connection connection, SearchQuery query, Object sources)
            throws InvalidQueryException, SQLException {
        Generation generation = generation(state(connection), sources);
        CompletableFuture<SearchResults> mine = new CompletableFuture<>();
        CompletableFuture<SearchResults> kept;
        synchronized (generation.pages()) {
            kept = generation.pages().putIfAbsent(query, mine);
        }
        if (kept != null) {
            return await(kept);
        }
        try {
            SearchResults results = search.search(connection, query);
            mine.complete(results);
            return results;
        } catch (InvalidQueryException | SQLException | RuntimeException | Error e) {
            synchronized (generation.pages()) {
                generation.pages().remove(query, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private Generation generation(String state, Object sources) {
        Generation g = current;
        if (g.state().equals(state) && g.sources() == sources) {
            return g;
        }
        synchronized (this) {
            if (!current.state().equals(state) || current.sources() != sources) {
                current = new Generation(state, sources);
            }
            return current;
        }
    }

    /** What the ingest, rescoring and grouping last wrote: a few short rows. */
    private static String state(Connection connection) throws SQLException {
        StringBuilder state = new StringBuilder();
        try (PreparedStatement st = connection.prepareStatement(STATE); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                state.append(rs.getString(1)).append('=').append(rs.getString(2)).append('\n');
            }
        }
        return state.toString();
    }

    private static SearchResults await(CompletableFuture<SearchResults> kept)
            throws InvalidQueryException, SQLException {
        try {
            return kept.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidQueryException q) {
                throw q;
            }
            if (cause instanceof SQLException s) {
                throw s;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) cause;
        }
    }
}
