package newsbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept pages: reused while the articles stay as they were, searched afresh once an ingest or grouping wrote. */
class SearchCacheTest {
    private static final Object SOURCES = new Object();

    @TempDir
    Path tmp;
    private TestDb db;
    private final AtomicInteger searched = new AtomicInteger();

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDb(tmp);
    }

    @AfterEach
    void tearDown() throws Exception {
        db.close();
    }

    /** A search that counts its calls and answers with the call's number as its total. */
    private SearchCache counting() {
        return new SearchCache((c, q) -> results(searched.incrementAndGet()));
    }

    private static SearchResults results(int total) {
        return new SearchResults(List.of(), 1, false, "", total, true, 10, List.of(), List.of());
    }

    private void write(String sql) throws SQLException {
        try (Statement st = db.connection().createStatement()) {
            st.executeUpdate(sql);
        }
    }

    @Test
    void aRepeatedSearchIsAnsweredFromTheKeptPage() throws Exception {
        SearchCache cache = counting();
        SearchResults first = cache.search(db.connection(), SearchQuery.of("董军"), SOURCES);

        assertThat(cache.search(db.connection(), SearchQuery.of("董军"), SOURCES)).isSameAs(first);
        assertThat(searched).hasValue(1);
        cache.search(db.connection(), new SearchQuery("董军", 10, 2, false), SOURCES); // another page
        cache.search(db.connection(), new SearchQuery("董军", 10, 1, true), SOURCES); // all topics
        assertThat(searched).hasValue(3);
    }

    @Test
    void anIngestThatAddsOrChangesAnArticleMakesEverySearchAfresh() throws Exception {
        SearchCache cache = counting();
        cache.search(db.connection(), SearchQuery.of("董军"), SOURCES);

        write("UPDATE counters SET value = value + 1 WHERE name = 'ingest_seq'");

        assertThat(cache.search(db.connection(), SearchQuery.of("董军"), SOURCES).total()).isEqualTo(2);
    }

    @Test
    void aScanRescoringOrGroupingThatWritesItsMarksMakesEverySearchAfresh() throws Exception {
        SearchCache cache = counting();
        cache.search(db.connection(), SearchQuery.of("董军"), SOURCES);

        write("INSERT INTO meta (name, value) VALUES ('last_scan', '2026-12-02T04:00:00Z')"); // a removal's scan
        assertThat(cache.search(db.connection(), SearchQuery.of("董军"), SOURCES).total()).isEqualTo(2);

        write("UPDATE meta SET value = '2026-12-02T04:15:00Z' WHERE name = 'last_scan'");
        assertThat(cache.search(db.connection(), SearchQuery.of("董军"), SOURCES).total()).isEqualTo(3);
    }

    @Test
    void newSourcesRulesMakeEverySearchAfresh() throws Exception {
        SearchCache cache = counting();
        cache.search(db.connection(), SearchQuery.of("董军"), SOURCES);

        assertThat(cache.search(db.connection(), SearchQuery.of("董军"), new Object()).total()).isEqualTo(2);
    }

    @Test
    void aFailedSearchIsNotKept() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        SearchCache cache = new SearchCache((c, q) -> {
            if (calls.incrementAndGet() == 1) {
                throw new InvalidQueryException("nothing to search for");
            }
            return results(calls.get());
        });

        assertThatThrownBy(() -> cache.search(db.connection(), SearchQuery.of("-"), SOURCES))
                .isInstanceOf(InvalidQueryException.class).hasMessage("nothing to search for");
        assertThat(cache.search(db.connection(), SearchQuery.of("-"), SOURCES).total()).isEqualTo(2);
    }

    @Test
    void readersAskingTheSameAtOnceWaitForOneSearch() throws Exception {
        CountDownLatch inSearch = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SearchCache cache = new SearchCache((c, q) -> {
            inSearch.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return results(searched.incrementAndGet());
        });
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SearchResults>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    try (Connection c = db.another()) {
                        return cache.search(c, SearchQuery.of("Austin"), SOURCES);
                    }
                }));
            }
            assertThat(inSearch.await(10, TimeUnit.SECONDS)).isTrue();
            release.countDown();
            for (Future<SearchResults> a : answers) {
                assertThat(a.get(10, TimeUnit.SECONDS).total()).isEqualTo(1);
            }
            assertThat(searched).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
