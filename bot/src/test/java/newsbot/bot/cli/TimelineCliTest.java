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

/** {@code newsbot timeline} as a user and a script read it, on the five seed articles. */
class TimelineCliTest {
    private static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    @BeforeEach
    void ingestSeeds() {
        CliRun run = CliRun.in(tmp, "ingest", "--articles", SEEDS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void textListsOneContactPerLineOldestFirstWithKindLevelSidesSourcesAndStory() {
        CliRun run = CliRun.in(tmp, "timeline");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().filter(l -> l.matches("^\\d{4}-\\d{2}.*")).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines).isSortedAccordingTo(String::compareTo);
        assertThat(run.out()).startsWith("Timeline of contacts · 2023-11-01 – 2024-05-31 · 4 contacts");
        assertThat(lines.get(1)).startsWith("2023-12-21  Video call · Chiefs of staff · Charles Q. Brown")
                .contains("– Liu Zhenli").contains("(China)").contains("1 source · story ");
        assertThat(lines.get(2)).startsWith("2024-04-16  Video call · Defence ministers · Lloyd Austin (US) – Dong Jun (China)")
                .contains("2 sources");
    }

    @Test
    void jsonHasTheDocumentedFieldsInDateOrder() throws Exception {
        CliRun run = CliRun.in(tmp, "timeline", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode events = json.readTree(run.out()).get("events");
        List<String> dates = new ArrayList<>();
        events.forEach(e -> dates.add(e.get("date").asText()));
        assertThat(dates).containsExactly("2023-11-01", "2023-12-21", "2024-04-16", "2024-05-01");
        JsonNode call = events.get(2);
        assertThat(call.get("kind").asText()).isEqualTo("video-call");
        assertThat(call.get("level").asText()).isEqualTo("defence-ministers");
        assertThat(call.get("participants").findValuesAsText("name")).containsExactly("Lloyd Austin", "Dong Jun");
        assertThat(call.get("participants").findValuesAsText("side")).containsExactly("us", "cn");
        assertThat(call.get("sources").findValuesAsText("path"))
                .containsExactlyInAnyOrder("003_58f0ce17d408de9a.txt", "004_6e34d8bb3fe969e6.txt");
        assertThat(call.get("sources").findValuesAsText("outlet")).containsExactlyInAnyOrder("RFI", "腾讯新闻");
        assertThat(call.get("sources").get(0).get("title").asText()).isNotBlank();
        assertThat(call.get("story").asLong()).isPositive();
        assertThat(events.get(0).get("datePrecision").asText()).isEqualTo("month");
    }

    @Test
    void whoTakesAnEnglishOrAChineseName() throws Exception {
        for (String name : List.of("Dong Jun", "董军")) {
            CliRun run = CliRun.in(tmp, "timeline", "--who", name, "--format", "json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode t = json.readTree(run.out());
            assertThat(t.get("who").asText()).isEqualTo("Dong Jun");
            assertThat(t.get("events").findValuesAsText("date")).as(name).containsExactly("2024-04-16");
        }
        assertThat(CliRun.in(tmp, "timeline", "--who", "刘振立").out()).contains("2023-12-21  Video call")
                .doesNotContain("2024-04-16");
    }

    @Test
    void sinceAndUntilTakeDaysOrMonths() {
        CliRun run = CliRun.in(tmp, "timeline", "--since", "2023-12", "--until", "2024-04-30");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Timeline of contacts · 2023-12-01 – 2024-04-30 · 2 contacts")
                .contains("2023-12-21").contains("2024-04-16").doesNotContain("2023-11 ").doesNotContain("2024-05 ");
    }

    @Test
    void outWritesTheFile() throws Exception {
        Path file = tmp.resolve("timeline.json");
        CliRun run = CliRun.in(tmp, "timeline", "--format", "json", "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(json.readTree(file.toFile()).get("count").asInt()).isEqualTo(4);
    }

    @Test
    void pngWritesAPictureOfThePeriod() throws Exception {
        Path file = tmp.resolve("timeline.png");
        CliRun run = CliRun.in(tmp, "timeline", "--format", "png", "--out", file.toString(), "--since", "2023-11");

        assertThat(run.exitCode()).as(run.err()).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(newsbot.bot.chart.TimelineChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(newsbot.bot.chart.TimelineChart.HEIGHT);
        assertThat(image.getRGB(image.getWidth() / 2, 10) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void anOutFileInAMissingFolderSaysWhyInOneLine() {
        Path file = tmp.resolve("no-such-folder").resolve("t.png");
        CliRun run = CliRun.in(tmp, "timeline", "--format", "png", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("newsbot: " + file + ": no such file or folder");
    }

    @Test
    void pngNeedsAFile() {
        CliRun run = CliRun.in(tmp, "timeline", "--format", "png");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format png needs --out FILE");
    }

    @Test
    void badInputGetsAClearErrorAndExitCode2() {
        CliRun nobody = CliRun.in(tmp, "timeline", "--who", "Nobody Atall");
        CliRun date = CliRun.in(tmp, "timeline", "--since", "last spring");
        CliRun order = CliRun.in(tmp, "timeline", "--since", "2024-05", "--until", "2024-01");
        CliRun format = CliRun.in(tmp, "timeline", "--format", "gif");

        assertThat(nobody.exitCode()).isEqualTo(2);
        assertThat(nobody.err()).contains("--who").contains("“Nobody Atall”");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("--since: not a date: \"last spring\"");
        assertThat(order.exitCode()).isEqualTo(2);
        assertThat(order.err()).contains("before --since");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("text, json or png");
        assertThat(nobody.err() + date.err() + order.err() + format.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anEmptyPeriodSaysSo() {
        CliRun run = CliRun.in(tmp, "timeline", "--since", "2020-01-01", "--until", "2020-12-31");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Timeline of contacts · 2020-01-01 – 2020-12-31 · none");
    }
}
