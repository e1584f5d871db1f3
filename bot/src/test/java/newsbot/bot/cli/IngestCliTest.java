package newsbot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract scripts rely on: JSON shapes, exit codes, one-line reasons. */
class IngestCliTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void ingestJsonReportsEveryCountAndTheErrors() throws Exception {
        CliRun run = CliRun.in(tmp, "ingest", "--articles", SEEDS.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = json.readTree(run.out());
        for (String key : new String[] {"scanned", "added", "updated", "unchanged", "removed", "duplicates",
                "rejected", "millis", "errors"}) {
            assertThat(r.has(key)).as("has %s", key).isTrue();
        }
        assertThat(r.get("scanned").asInt()).isEqualTo(5);
        assertThat(r.get("added").asInt()).isEqualTo(5);
        assertThat(r.get("errors").isArray()).isTrue();
        assertThat(r.get("errors")).isEmpty();
    }

    @Test
    void secondIngestFindsEverythingUnchanged() throws Exception {
        String db = tmp.resolve("n.db").toString();
        CliRun.in(tmp, "ingest", "--articles", SEEDS.toString(), "--json");

        JsonNode r = json.readTree(CliRun.in(tmp, "ingest", "--articles", SEEDS.toString(), "--json").out());

        assertThat(r.get("unchanged").asInt()).isEqualTo(5);
        assertThat(r.get("added").asInt()).isZero();
        assertThat(r.get("parsed").asInt()).isZero();
    }

    @Test
    void ingestJsonListsARejectedFileWithPathAndReason() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(folder.resolve("ok.md"), "# 中美防长通话\n\n董军与奥斯汀视频通话。\n");
        Files.write(folder.resolve("empty.md"), new byte[0]);

        CliRun run = CliRun.in(tmp, "ingest", "--articles", folder.toString(), "--json");

        JsonNode r = json.readTree(run.out());
        assertThat(run.exitCode()).isZero();
        assertThat(r.get("rejected").asInt()).isEqualTo(1);
        assertThat(r.get("errors").get(0).get("path").asText()).isEqualTo("empty.md");
        assertThat(r.get("errors").get(0).get("reason").asText()).isNotBlank();
    }

    @Test
    void listJsonShowsSeedsNewestFirstWithTheirFields() throws Exception {
        String db = tmp.resolve("n.db").toString();
        CliRun.in(tmp, "ingest", "--articles", SEEDS.toString());

        CliRun run = CliRun.in(tmp, "list", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode list = json.readTree(run.out());
        assertThat(list).hasSize(5);
        JsonNode newest = list.get(0);
        assertThat(newest.get("path").asText()).isEqualTo("000_b0f2bc0734108940.txt");
        assertThat(newest.get("published").asText()).startsWith("2024-05-16T16:50:10.21");
        for (String key : new String[] {"path", "title", "published", "language", "url", "outlet"}) {
            assertThat(newest.has(key)).as("has %s", key).isTrue();
        }
        assertThat(list.findValuesAsText("path")).containsExactly("000_b0f2bc0734108940.txt",
                "003_58f0ce17d408de9a.txt", "004_6e34d8bb3fe969e6.txt", "001_3c66538365dce977.txt",
                "002_463d53a6658c2af1.txt");
    }

    @Test
    void missingFolderExitsNonZeroWithAOneLineReason() {
        CliRun run = CliRun.in(tmp, "ingest", "--articles", tmp.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err().strip()).contains("does not exist").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void databaseThatIsAFolderExitsNonZeroWithAOneLineReason() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("db-dir"));

        CliRun run = CliRun.in(tmp, "--db", dir.toString(), "list");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err().strip()).contains("is a folder").doesNotContain("\n");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("ingest", "--bogus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option");
    }

    @Test
    void badConfigurationNamesTheKeyAndLine() throws Exception {
        Path config = Files.writeString(tmp.resolve("newsbot.yml"), "articles: seeds\ningest:\n  max-file-bytes: lots\n");

        CliRun run = CliRun.of("--config", config.toString(), "--db", tmp.resolve("n.db").toString(), "list");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("line 3").contains("ingest.max-file-bytes");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"ingest", "list"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Usage: newsbot " + command);
        }
    }

    @Test
    void configFileSetsTheArticlesFolderAndFlagsOverrideIt() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(folder.resolve("a.md"), "# 两军热线\n\n国防部直通电话。\n");
        Path config = Files.writeString(tmp.resolve("newsbot.yml"),
                "articles: " + folder + "\ndatabase: " + tmp.resolve("from-config.db") + "\ntopic: " + CliRun.TOPIC + "\n");

        CliRun viaConfig = CliRun.of("--config", config.toString(), "ingest", "--json");
        CliRun viaFlag = CliRun.of("--config", config.toString(), "ingest", "--json", "--articles", SEEDS.toString());

        assertThat(json.readTree(viaConfig.out()).get("scanned").asInt()).isEqualTo(1);
        assertThat(Files.exists(tmp.resolve("from-config.db"))).isTrue();
        assertThat(json.readTree(viaFlag.out()).get("scanned").asInt()).isEqualTo(5);
    }

    @Test
    void aDbFlagWhoseFolderDoesNotExistIsRefusedAndCreatesNothing() {
        Path typo = tmp.resolve("dta").resolve("newsbot.db");

        CliRun run = CliRun.of("--db", typo.toString(), "ingest", "--articles", SEEDS.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("--db", "does not exist").hasLineCount(1);
        assertThat(tmp.resolve("dta")).doesNotExist();
    }

    @Test
    void aDbUrlWithAPasswordIsRefusedWithoutEchoingIt() {
        CliRun run = CliRun.of("--db", "jdbc:postgresql://127.0.0.1:1/newsbot?user=n&password=fake-secret", "list");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("--db", "NEWSBOT_DB_PASSWORD").doesNotContain("fake-secret").hasLineCount(1);
    }

    /** SIGTERM mid-ingest (here while it waits for another): one line on stderr saying what is kept and what to do. */
    @Test
    void anIngestStoppedBySigtermSaysWhatIsKept() throws Exception {
        Path config = java.nio.file.Files.writeString(tmp.resolve("c.yml"), "topic: \"" + CliRun.TOPIC + "\"\n");
        Path db = tmp.resolve("n.db");
        CliRun.of("--config", config.toString(), "--db", db.toString(), "ingest", "--articles", SEEDS.toString());
        StringBuffer err = new StringBuffer();
        Process p;
        try (newsbot.core.store.LockFile.Held another = new newsbot.core.store.LockFile(db, "ingest").acquire(() -> { })) {
            p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "newsbot.bot.cli.Main", "--config", config.toString(),
                    "--db", db.toString(), "ingest", "--articles", SEEDS.toString()).start();
            Thread reader = new Thread(() -> {
                try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                        p.getErrorStream(), java.nio.charset.StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        err.append(line).append('\n');
                    }
                } catch (java.io.IOException e) {
                    err.append(e);
                }
            });
            reader.start();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> err.toString().contains("another ingest is running"));
            p.toHandle().destroy(); // SIGTERM while the ingest is under way
            assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
        }
        assertThat(err.toString()).contains("another ingest is running", "ingest stopped after reading",
                "run ingest again to complete the folder").doesNotContain("Exception");
    }
}
