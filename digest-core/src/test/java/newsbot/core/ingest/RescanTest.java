package newsbot.core.ingest;

import static newsbot.core.ingest.IngestFixture.markdown;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import newsbot.core.search.Thesaurus;
import newsbot.core.search.SearchEngine;
import newsbot.core.search.SearchHit;
import newsbot.core.search.SearchQuery;
import newsbot.core.store.ArticleListing;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a rescan does with added, changed, renamed, deleted, copied and untouched files. */
class RescanTest {
    @TempDir
    Path tmp;
    /** Closed after each test: on PostgreSQL its pool would hold connections until the test JVM ends. */
    @AutoClose
    IngestFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new IngestFixture(tmp);
        fx.write("2024-04-17/call.md", markdown("中美防长视频通话", "中国国防部长董军应约同美国国防部长奥斯汀视频通话。"));
        fx.write("2023-12-21/brown.md", markdown("美中军方恢复对话", "布朗与刘振立举行视频会议。"));
    }

    @Test
    void firstScanAddsEveryArticle() throws Exception {
        IngestReport r = fx.ingest();

        assertThat(r.scanned()).isEqualTo(2);
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.errors()).isEmpty();
        assertThat(fx.servedTitles()).containsExactly("中美防长视频通话", "美中军方恢复对话");
    }

    @Test
    void rescanOfUnchangedFolderParsesNothing() throws Exception {
        fx.ingest();
        int parsesAfterFirstScan = fx.parses.get();

        IngestReport r = fx.ingest();

        assertThat(fx.parses.get()).isEqualTo(parsesAfterFirstScan);
        assertThat(r.parsed()).isZero();
        assertThat(r.unchanged()).isEqualTo(2);
        assertThat(r.added() + r.updated() + r.removed() + r.moved()).isZero();
    }

    @Test
    void changedFileUpdatesTheSameArticleWithAHigherSequenceNumber() throws Exception {
        fx.ingest();
        ArticleListing before = find("美中军方恢复对话");

        fx.write("2023-12-21/brown.md", markdown("美中军方恢复对话（更新）", "布朗与刘振立举行视频会议，讨论台湾问题。"));
        IngestReport r = fx.ingest();

        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.parsed()).isEqualTo(1);
        ArticleListing after = find("美中军方恢复对话（更新）");
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.seq()).isGreaterThan(fx.store.lastSeq() - 1).isGreaterThan(before.seq());
        assertThat(fx.servedTitles()).hasSize(2);
    }

    @Test
    void touchedFileWithSameBytesIsReadButNotParsed() throws Exception {
        fx.ingest();
        Path p = fx.folder.resolve("2024-04-17/call.md");
        Files.setLastModifiedTime(p, FileTime.fromMillis(Files.getLastModifiedTime(p).toMillis() + 5_000));

        IngestReport r = fx.ingest();

        assertThat(r.parsed()).isZero();
        assertThat(r.unchanged()).isEqualTo(2);
        assertThat(r.updated()).isZero();
    }

    @Test
    void renamedFileKeepsItsArticle() throws Exception {
        fx.ingest();
        ArticleListing before = find("中美防长视频通话");

        Files.move(fx.folder.resolve("2024-04-17/call.md"), fx.folder.resolve("2024-04-17/renamed.md"));
        IngestReport r = fx.ingest();

        assertThat(r.moved()).isEqualTo(1);
        assertThat(r.added() + r.removed()).isZero();
        assertThat(r.parsed()).isZero();
        ArticleListing after = find("中美防长视频通话");
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.seq()).isEqualTo(before.seq());
        assertThat(after.path()).isEqualTo("2024-04-17/renamed.md");
    }

    @Test
    void fileMovedToAnotherFolderKeepsItsArticle() throws Exception {
        fx.ingest();
        long id = find("中美防长视频通话").id();

        Files.createDirectories(fx.folder.resolve("archive/2024"));
        Files.move(fx.folder.resolve("2024-04-17/call.md"), fx.folder.resolve("archive/2024/call.md"));
        IngestReport r = fx.ingest();

        assertThat(r.moved()).isEqualTo(1);
        assertThat(find("中美防长视频通话").id()).isEqualTo(id);
        assertThat(find("中美防长视频通话").path()).isEqualTo("archive/2024/call.md");
    }

    @Test
    void deletedFileMarksItsArticleRemovedButKeepsIt() throws Exception {
        fx.ingest();

        Files.delete(fx.folder.resolve("2023-12-21/brown.md"));
        IngestReport r = fx.ingest();

        assertThat(r.removed()).isEqualTo(1);
        assertThat(fx.servedTitles()).containsExactly("中美防长视频通话");
        assertThat(fx.count("SELECT count(*) FROM articles WHERE removed_at IS NOT NULL")).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM article_sections s JOIN articles a ON a.id = s.article_id "
                + "WHERE a.removed_at IS NOT NULL")).isPositive();
    }

    @Test
    void fileThatComesBackIsServedAgain() throws Exception {
        fx.ingest();
        byte[] bytes = Files.readAllBytes(fx.folder.resolve("2023-12-21/brown.md"));
        Files.delete(fx.folder.resolve("2023-12-21/brown.md"));
        fx.ingest();

        fx.write("restored/brown.md", bytes);
        IngestReport r = fx.ingest();

        assertThat(r.added()).isEqualTo(1);
        assertThat(r.parsed()).isZero();
        assertThat(fx.servedTitles()).contains("美中军方恢复对话");
        assertThat(fx.count("SELECT count(*) FROM articles")).isEqualTo(2);
    }

    @Test
    void byteIdenticalCopyIsADuplicateNotASecondArticle() throws Exception {
        fx.ingest();

        fx.write("2024-04-18/call-copy.md", Files.readAllBytes(fx.folder.resolve("2024-04-17/call.md")));
        IngestReport r = fx.ingest();

        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.added()).isZero();
        assertThat(r.parsed()).isZero();
        assertThat(fx.served()).hasSize(2);
        assertThat(find("中美防长视频通话").path()).isEqualTo("2024-04-17/call.md");
        assertThat(fx.count("SELECT count(*) FROM article_files WHERE duplicate = 1")).isEqualTo(1);
    }

    @Test
    void copiesInTheFirstScanAreDuplicatesToo() throws Exception {
        fx.write("2024-04-18/call.md", Files.readAllBytes(fx.folder.resolve("2024-04-17/call.md")));
        fx.write("2024-04-19/call.md", Files.readAllBytes(fx.folder.resolve("2024-04-17/call.md")));

        IngestReport r = fx.ingest();

        assertThat(r.added()).isEqualTo(2);
        assertThat(r.duplicates()).isEqualTo(2);
        assertThat(fx.served()).hasSize(2);
    }

    @Test
    void deletingTheFirstFileHandsTheArticleToItsCopy() throws Exception {
        fx.write("2024-04-18/call-copy.md", Files.readAllBytes(fx.folder.resolve("2024-04-17/call.md")));
        fx.ingest();
        long id = find("中美防长视频通话").id();

        Files.delete(fx.folder.resolve("2024-04-17/call.md"));
        IngestReport r = fx.ingest();

        assertThat(r.removed()).isZero();
        assertThat(find("中美防长视频通话").id()).isEqualTo(id);
        assertThat(find("中美防长视频通话").path()).isEqualTo("2024-04-18/call-copy.md");
    }

    @Test
    void sequenceNumbersOnlyGrow() throws Exception {
        fx.ingest();
        long first = fx.store.lastSeq();
        fx.write("new/third.md", markdown("第三篇", "海上军事安全磋商机制工作小组会议。"));
        fx.ingest();

        assertThat(fx.store.lastSeq()).isGreaterThan(first);
        assertThat(find("第三篇").seq()).isEqualTo(fx.store.lastSeq());
    }

    private ArticleListing find(String title) throws Exception {
        return fx.served().stream().filter(a -> a.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no served article titled " + title));
    }

    /** Titles of the articles a search over all topics finds for {@code query}. */
    private List<String> found(String query) throws Exception {
        return found(query, true);
    }

    private List<String> found(String query, boolean allTopics) throws Exception {
        SearchEngine engine = new SearchEngine(Thesaurus.EMPTY);
        return fx.db.read(c -> engine.search(c, new SearchQuery(query, 10, 1, allTopics))).hits().stream()
                .map(SearchHit::title).toList();
    }

    @Test
    void theOnTopicIndexFollowsAnArticleInAndOutOfTheTopic() throws Exception {
        fx.ingest();
        assertThat(found("董军", false)).containsExactly("中美防长视频通话");

        fx.write("2024-04-17/call.md", markdown("董军出席地方体育赛事", "董军观看了一场篮球比赛。"));
        fx.ingest();
        assertThat(found("董军", false)).as("off topic now").isEmpty();
        assertThat(found("董军", true)).containsExactly("董军出席地方体育赛事");

        fx.write("2024-04-17/call.md", markdown("中美防长视频通话", "中国国防部长董军应约同美国国防部长奥斯汀再次视频通话。"));
        fx.ingest();
        assertThat(found("董军", false)).as("on topic again").containsExactly("中美防长视频通话");
    }

    @Test
    void theSearchIndexFollowsEveryChange() throws Exception {
        fx.ingest();
        assertThat(found("董军")).containsExactly("中美防长视频通话");
        assertThat(found("台湾")).isEmpty();

        fx.write("2023-12-21/brown.md", markdown("美中军方恢复对话（更新）", "布朗与刘振立讨论台湾问题。"));
        Files.delete(fx.folder.resolve("2024-04-17/call.md"));
        fx.ingest();
        assertThat(found("台湾")).containsExactly("美中军方恢复对话（更新）");
        assertThat(found("视频会议")).as("the changed article's old words").isEmpty();
        assertThat(found("董军")).as("a removed article").isEmpty();

        fx.write("2024-04-17/call.md", markdown("中美防长视频通话", "中国国防部长董军应约同美国国防部长奥斯汀视频通话。"));
        fx.ingest();
        assertThat(found("董军")).as("a restored article").containsExactly("中美防长视频通话");
    }

    private List<String> lastSeen(String table) throws Exception {
        return fx.db.read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT DISTINCT last_seen FROM " + table)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    void lastSeenIsRefreshedByTheFirstScanOfEachHour() throws Exception {
        fx.ingest();
        fx.now = java.time.Instant.parse("2026-11-23T08:40:00Z");
        fx.ingest();
        assertThat(lastSeen("article_files")).containsExactly("2026-11-23T08:00:00Z");
        assertThat(lastSeen("articles")).containsExactly("2026-11-23T08:00:00Z");

        fx.now = java.time.Instant.parse("2026-11-23T09:00:00Z");
        fx.ingest();
        assertThat(lastSeen("article_files")).containsExactly("2026-11-23T09:00:00Z");
        assertThat(lastSeen("articles")).containsExactly("2026-11-23T09:00:00Z");
    }
}
