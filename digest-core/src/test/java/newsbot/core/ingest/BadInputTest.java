package newsbot.core.ingest;

import static newsbot.core.ingest.IngestFixture.markdown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import newsbot.core.parse.ArticleParser;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad file is reported with its path and reason; the good files beside it are stored. */
class BadInputTest {
    private static final String GOOD_TITLE = "中美两军海上军事安全磋商机制会议举行";

    @TempDir
    Path tmp;
    /** Closed after each test: on PostgreSQL its pool would hold connections until the test JVM ends. */
    @AutoClose
    IngestFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new IngestFixture(tmp);
        fx.write("good.md", markdown(GOOD_TITLE, "4月3日至4日，中美两军在夏威夷举行工作小组会议。"));
    }

    @Test
    void emptyFileIsRejectedWithItsReason() throws Exception {
        fx.write("empty.md", new byte[0]);

        IngestReport r = fx.ingest();

        assertThat(reasonFor(r, "empty.md")).containsIgnoringCase("empty");
        assertGoodFileStored(r);
    }

    @Test
    void binaryFileIsRejectedWithItsReason() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        fx.write("picture.md", png);

        IngestReport r = fx.ingest();

        assertThat(reasonFor(r, "picture.md")).containsIgnoringCase("binary");
        assertGoodFileStored(r);
    }

    @Test
    void fileOverTheSizeLimitIsRejectedUnread() throws Exception {
        fx.options = fx.options.withMaxFileBytes(1_000);
        fx.write("huge.md", markdown("很长的文章", "长".repeat(2_000)));

        IngestReport r = fx.ingest();

        assertThat(reasonFor(r, "huge.md")).contains("limit").contains("ingest.max-file-bytes");
        assertThat(r.parsed()).isEqualTo(1);
        assertGoodFileStored(r);
    }

    @Test
    void brokenFrontMatterStillYieldsTheArticle() throws Exception {
        fx.write("broken.md", "---\ntitle: [unclosed\ndate: : :\n---\n\n# 奥斯汀与董军通话\n\n双方讨论了两军关系。\n");

        IngestReport r = fx.ingest();

        assertThat(r.errors()).isEmpty();
        assertThat(fx.servedTitles()).hasSize(2);
    }

    @Test
    void nulCharactersAreDroppedAndTheArticleIsStored() throws Exception {
        // NUL in a UTF-16 text and as a YAML escape: SQLite would keep them, PostgreSQL's text refuses them
        byte[] utf16 = ("\uFEFF" + markdown("奥斯汀与董军\u0000通话", "双方讨论了\u0000两军关系。" + "双方同意保持沟通。".repeat(20)))
                .getBytes(StandardCharsets.UTF_16LE);
        fx.write("utf16.md", utf16);
        fx.write("escaped.md", "---\ntitle: \"Austin\\0 and Dong Jun talk\"\nauthor: \"A\\0B\"\n---\n\nThe two sides talked.\n");

        IngestReport r = fx.ingest();

        assertThat(r.errors()).isEmpty();
        assertThat(fx.servedTitles()).contains("奥斯汀与董军通话", "Austin and Dong Jun talk");
        assertThat(fx.count("SELECT count(*) FROM article_sections WHERE body LIKE '%双方讨论了两军关系%'")).isEqualTo(1);
        assertThat(fx.served()).allSatisfy(a -> assertThat(a.author()).doesNotContain("\u0000"));
    }

    @Test
    void invalidBytesInAMostlyTextFileDoNotLoseIt() throws Exception {
        byte[] text = markdown("董军会见美方代表", "双方就两军关系交换意见。".repeat(20)).getBytes(StandardCharsets.UTF_8);
        text[text.length - 10] = (byte) 0xFF;
        fx.write("mangled.md", text);

        IngestReport r = fx.ingest();

        assertThat(fx.servedTitles()).contains("董军会见美方代表");
        assertGoodFileStored(r);
    }

    @Test
    void namesWithControlCharactersAreIngestedUnderTheirRealName() throws Exception {
        fx.write("2024-04-17/标题\n\n", markdown("换行文件名", "文件名里有换行符。"));
        fx.write("2024-04-17/title\r.md", markdown("回车文件名", "文件名里有回车符。"));

        IngestReport r = fx.ingest();

        assertThat(r.errors()).isEmpty();
        assertThat(fx.served()).extracting(a -> a.path())
                .contains("2024-04-17/标题\n\n", "2024-04-17/title\r.md");
        assertThat(fx.ingest().unchanged()).isEqualTo(3);
    }

    @Test
    void unreadableFileIsReportedAndRetriedNextScan() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root reads files whatever their mode").isNotEqualTo("root");
        Path locked = fx.write("locked.md", markdown("锁住的文件", "无权读取。"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        IngestReport r = fx.ingest();

        assertThat(reasonFor(r, "locked.md")).contains("permission denied");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(fx.ingest().added()).isEqualTo(1);
    }

    @Test
    void aPipeWhereAFileShouldBeIsReportedNotWaitedOn() throws Exception {
        Path fifo = fx.folder.resolve("pipe.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();

        IngestReport r = fx.ingest();

        assertThat(reasonFor(r, "pipe.md")).contains("not a regular file");
        assertGoodFileStored(r);
    }

    @Test
    void symlinkLeavingTheFolderIsNotFollowed() throws Exception {
        Path outside = Files.writeString(tmp.resolve("secret.md"), markdown("外部文件", "不应被读取。"));
        Files.createSymbolicLink(fx.folder.resolve("escape.md"), outside);

        IngestReport r = fx.ingest();

        assertThat(reasonFor(r, "escape.md")).contains("outside the articles folder").contains("not followed");
        assertThat(fx.servedTitles()).doesNotContain("外部文件");
        assertGoodFileStored(r);
    }

    @Test
    void rejectedFileIsNotReadAgainUntilItChanges() throws Exception {
        fx.write("empty.md", new byte[0]);
        fx.ingest();
        int parses = fx.parses.get();

        IngestReport again = fx.ingest();

        assertThat(fx.parses.get()).isEqualTo(parses);
        assertThat(reasonFor(again, "empty.md")).containsIgnoringCase("empty");
        fx.write("empty.md", markdown("补上内容", "现在有正文了。"));
        assertThat(fx.ingest().added()).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM rejected_files")).isZero();
    }

    @Test
    void aParserCrashCostsOneFileNotTheScan() throws Exception {
        fx.write("crash.md", markdown("触发解析错误", "正文"));
        ArticleParser real = new ArticleParser();

        IngestReport r = fx.ingest((path, bytes) -> {
            if (path.equals("crash.md")) {
                throw new IllegalStateException("boom");
            }
            return real.parse(path, bytes);
        });

        assertThat(reasonFor(r, "crash.md")).contains("internal error");
        assertGoodFileStored(r);
    }

    @Test
    void folderThatVanishesMidScanKeepsWhatWasReadAndLosesNothingStored() throws Exception {
        for (int i = 0; i < 40; i++) {
            fx.write("doomed/" + String.format("%02d", i) + ".md", markdown("文章" + i, "正文" + i));
        }
        fx.ingest();
        fx.write("doomed/new.md", markdown("新文章", "新的正文"));
        for (int i = 0; i < 40; i++) { // changed, so the next scan reads them again
            fx.write("doomed/" + String.format("%02d", i) + ".md", markdown("文章" + i + "（修订）", "正文" + i));
        }
        fx.options = new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES, 1); // one reader: a fixed order
        ArticleParser real = new ArticleParser();
        AtomicBoolean vanished = new AtomicBoolean();

        IngestReport r = fx.ingest((path, bytes) -> {
            if (vanished.compareAndSet(false, true)) {
                deleteTree(fx.folder.resolve("doomed"));
            }
            return real.parse(path, bytes);
        });

        assertThat(r.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.reason()).contains("disappeared"));
        assertThat(r.removed()).isZero();
        assertThat(fx.served()).hasSizeGreaterThanOrEqualTo(41);
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertGoodFileStored(IngestReport r) throws Exception {
        assertThat(fx.servedTitles()).contains(GOOD_TITLE);
        assertThat(r.errors()).noneMatch(e -> e.path().equals("good.md"));
    }

    private static String reasonFor(IngestReport r, String path) {
        return r.errors().stream().filter(e -> e.path().equals(path)).map(FileError::reason).findFirst()
                .orElseThrow(() -> new AssertionError("no error reported for " + path + " in " + r.errors()));
    }
}
