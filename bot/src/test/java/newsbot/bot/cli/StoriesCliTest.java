package newsbot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stories, list and explain as scripts read them: every file of every article, why each is where it is. */
class StoriesCliTest {
    private static final String CALL = "# 董军同奥斯汀视频通话\n\n国防部长董军16日晚应约同美国国防部长奥斯汀视频通话，"
            + "双方就中美两军关系等问题交换意见。董军表示，中美两军应加强沟通。奥斯汀表示，美方愿保持沟通。\n";
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path articles() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        Files.createDirectories(folder.resolve("a/2024/04/17"));
        Files.createDirectories(folder.resolve("b/2024-04-17"));
        Files.writeString(folder.resolve("a/2024/04/17/call.md"), CALL);
        Files.writeString(folder.resolve("b/2024-04-17/call.md"), CALL); // the same bytes in another folder
        Files.writeString(folder.resolve("b/2024-04-17/call-again.md"), CALL.replace("，", ", ") + "\n来源：国防部\n");
        Files.writeString(folder.resolve("b/2024-04-17/analysis.md"), "# 中美防长这通电话释放什么信号\n\n分析人士认为，"
                + "国防部长董军16日同美国国防部长奥斯汀的视频通话表明两军沟通渠道正在恢复。\n");
        return folder;
    }

    @Test
    void storiesJsonGivesTheEventAndEveryFileOfEveryArticleWithWhy() throws Exception {
        CliRun.in(tmp, "ingest", "--articles", articles().toString());

        CliRun run = CliRun.in(tmp, "stories", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode stories = json.readTree(run.out());
        assertThat(stories).hasSize(1);
        JsonNode call = stories.get(0);
        assertThat(call.get("kind").asText()).isEqualTo("video-call");
        assertThat(call.get("date").asText()).isEqualTo("2024-04-16");
        assertThat(call.get("dateSource").asText()).contains("16日");
        assertThat(call.get("participants").findValuesAsText("id")).contains("dong-jun", "lloyd-austin");
        assertThat(call.get("participants").findValuesAsText("side")).contains("us", "cn");
        List<String> paths = new ArrayList<>();
        call.get("articles").forEach(a -> a.get("paths").forEach(p -> paths.add(p.asText())));
        assertThat(paths).containsExactlyInAnyOrder("a/2024/04/17/call.md", "b/2024-04-17/call.md",
                "b/2024-04-17/call-again.md", "b/2024-04-17/analysis.md");
        call.get("articles").forEach(a -> assertThat(a.get("why").asText()).isNotBlank());
    }

    @Test
    void listJsonFoldsCopiesIntoTheArticleWithAllTheirPaths() throws Exception {
        CliRun.in(tmp, "ingest", "--articles", articles().toString());

        JsonNode list = json.readTree(CliRun.in(tmp, "list", "--json").out());

        assertThat(list).hasSize(2);
        JsonNode call = list.findParents("paths").stream().filter(a -> a.get("paths").size() == 3).findFirst().orElseThrow();
        assertThat(call.get("paths").findValuesAsText("")).isEmpty();
        List<String> paths = new ArrayList<>();
        call.get("paths").forEach(p -> paths.add(p.asText()));
        assertThat(paths).containsExactlyInAnyOrder("a/2024/04/17/call.md", "b/2024-04-17/call.md",
                "b/2024-04-17/call-again.md");
        assertThat(paths.get(0)).isEqualTo(call.get("path").asText());
    }

    @Test
    void explainShowsEachRulesWeightTheSumAndTheThreshold() throws Exception {
        CliRun.in(tmp, "ingest", "--articles", articles().toString());

        CliRun text = CliRun.in(tmp, "explain", "a/2024/04/17/call.md");
        JsonNode j = json.readTree(CliRun.in(tmp, "explain", "a/2024/04/17/call.md", "--json").out());

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("ON TOPIC: score").contains("threshold 4").contains("title-counterparts")
                .contains("+5").contains("= ");
        assertThat(j.get("threshold").asDouble()).isEqualTo(4);
        double sum = 0;
        for (JsonNode r : j.get("rules")) {
            assertThat(r.get("contribution").asDouble()).isEqualTo(r.get("weight").asDouble() * r.get("times").asInt());
            sum += r.get("contribution").asDouble();
        }
        assertThat(j.get("score").asDouble()).isEqualTo(sum);
        assertThat(j.get("relevant").asBoolean()).isTrue();
    }
}
