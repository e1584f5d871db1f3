package newsbot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `newsbot search` as a script uses it: the JSON fields, exclusions typed as words, corrections, pages. */
class SearchCliTest {
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    @BeforeEach
    void ingest() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(folder.resolve("hotline.md"), "# 美太空军讨论与中国建立热线\n\n美军官员称，双方讨论建立太空热线，以防危机。\n");
        Files.writeString(folder.resolve("taiwan.md"), "# 台湾问题与热线\n\n美方官员谈到台湾问题和两岸热线。\n");
        Files.writeString(folder.resolve("austin.md"), "# 美国防长奥斯汀出院\n\n美国国防部长奥斯汀出院，将居家办公。\n");
        Files.createDirectories(folder.resolve("mirror"));
        Files.writeString(folder.resolve("mirror").resolve("austin.md"), "# 美国防长奥斯汀出院\n\n美国国防部长奥斯汀出院，将居家办公。\n");
        CliRun run = CliRun.in(tmp, "ingest", "--articles", folder.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private JsonNode search(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("search"));
        all.addAll(List.of(args));
        all.addAll(List.of("--all-topics", "--json"));
        CliRun run = CliRun.in(tmp, all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return json.readTree(run.out());
    }

    @Test
    void anEnglishTermFindsTheChineseArticleAndSaysWhichWordMatched() throws Exception {
        JsonNode r = search("hotline", "-Taiwan");

        assertThat(r.get("results")).hasSize(1);
        assertThat(r.get("results").get(0).get("path").asText()).isEqualTo("hotline.md");
        assertThat(r.get("results").get(0).get("matched").asText()).isEqualTo("hotline: 热线");
        assertThat(r.get("total").asInt()).isEqualTo(1);
        assertThat(r.get("pages").asInt()).isEqualTo(1);
    }

    @Test
    void copiesOfOneArticleAreOneResultThatListsThem() throws Exception {
        JsonNode r = search("Austin");

        assertThat(r.get("results")).hasSize(1);
        assertThat(r.get("results").get(0).get("path").asText()).isEqualTo("austin.md");
        assertThat(r.get("results").get(0).get("copies").get(0).asText()).isEqualTo("mirror/austin.md");
    }

    @Test
    void aMisspelledNameIsCorrectedAndTheJsonSaysSo() throws Exception {
        JsonNode r = search("Austen");

        assertThat(r.get("corrections").get(0).get("typed").asText()).isEqualTo("Austen");
        assertThat(r.get("corrections").get(0).get("searched").asText()).isEqualTo("Austin");
        assertThat(r.get("results")).hasSize(1);
    }

    @Test
    void textOutputSaysWhatWasSearchedAndWhenAPageIsPastTheEnd() throws Exception {
        CliRun corrected = CliRun.in(tmp, "search", "Austen", "--all-topics");
        CliRun past = CliRun.in(tmp, "search", "热线", "--all-topics", "--page", "4");

        assertThat(corrected.out()).contains("Showing results for \"Austin\" (you typed \"Austen\").", "matched: Austen → Austin: 奥斯汀",
                "copies: mirror/austin.md");
        assertThat(past.out()).contains("Page 4 is past the end: there is 1 page.");
    }

    @Test
    void theLargestPageNumberIsPastTheEndNotAnError() throws Exception {
        CliRun past = CliRun.in(tmp, "search", "热线", "--all-topics", "--page", "2147483647");

        assertThat(past.exitCode()).as(past.err()).isZero();
        assertThat(past.out()).contains("Page 2147483647 is past the end: there is 1 page.");
    }

    @Test
    void nothingFoundSuggestsTheNearestKnownTerm() throws Exception {
        JsonNode r = search("consultatoins");

        assertThat(r.get("results")).isEmpty();
        assertThat(r.get("suggestions").get(0).asText()).isEqualTo("consultations");
    }
}
