package newsbot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration's sources: rules and what the text names, as a user sees them in `list --json` and
 * `digest`: outlets (or null), kinds, every file of every source, title-only stories, the language note.
 */
class SourcesCliTest {
    private static final String READOUT = "D-qqtest/2024/04/17/国防部长董军应约同美国国防部长奥斯汀视频通话.md";
    private static final String COPY = "D-qqtest2/2024-04-17/国防部长董军应约同美国国防部长奥斯汀视频通话.md";
    private static final String ANALYSIS = "D-qqtest/2024/04/17/中美防长这通电话释放什么信号.md";
    private static final String NOTE = "notes/2024-04-17/董军与奥斯汀视频通话笔记.md";
    private static final String TITLE_ONLY = "D-qqtest/2024/09/10/中美两军举行战区领导通话.md";

    private final ObjectMapper json = new ObjectMapper();
    @TempDir
    Path tmp;
    Path config;

    @BeforeEach
    void folderAndConfig() throws Exception {
        Path articles = tmp.resolve("articles");
        String readout = """
                # 国防部长董军应约同美国国防部长奥斯汀视频通话

                @国防部发布 微博消息，4月16日晚，国防部长董军应约同美国国防部长奥斯汀视频通话。

                _图片来源：视觉中国_

                董军说，中美两军应探寻相处之道，构建不冲突不对抗的两军关系。
                """;
        write(articles, READOUT, readout);
        write(articles, COPY, readout);
        write(articles, ANALYSIS, """
                # 中美防长这通电话释放什么信号

                中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话，这是两国防长17个月来首次重要沟通。

                分析认为，此次通话被视为中美两军关系进一步回暖的最新举措。
                """);
        write(articles, NOTE, """
                # 董军与奥斯汀视频通话：笔记

                4月16日晚，中国国防部长董军与美国国防部长奥斯汀举行视频通话，这是两国防长时隔一年多的首次通话。

                双方就中美两军关系和共同关心的问题交换了意见，同意保持沟通。
                """);
        write(articles, TITLE_ONLY, "# 中美两军举行战区领导通话\n");
        config = Files.writeString(tmp.resolve("newsbot.yml"), """
                articles: "%s"
                database: "%s"
                topic: "%s"
                sources:
                  - names: [国防部发布, 国防部]
                    outlet: 国防部
                    kind: official
                  - folder: "D-qq*"
                    outlet: 腾讯新闻
                """.formatted(articles, tmp.resolve("n.db"), CliRun.TOPIC), StandardCharsets.UTF_8);
        CliRun ingest = run("ingest", "--json");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    private static void write(Path folder, String relative, String text) throws Exception {
        Path p = folder.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--config", config.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private JsonNode listed(String path) throws Exception {
        for (JsonNode a : json.readTree(run("list", "--json").out())) {
            if (a.get("path").asText().equals(path)) {
                return a;
            }
        }
        throw new AssertionError(path + " is not listed");
    }

    @Test
    void listJsonNamesOutletsFromTheTextAndTheFolderRuleAndNullWhenNothingNamesOne() throws Exception {
        assertThat(listed(READOUT).get("outlet").asText()).isEqualTo("国防部");
        assertThat(listed(READOUT).get("kind").asText()).isEqualTo("official");
        assertThat(listed(ANALYSIS).get("outlet").asText()).isEqualTo("腾讯新闻");
        assertThat(listed(ANALYSIS).get("kind").asText()).isEqualTo("news");
        assertThat(listed(NOTE).get("outlet").isNull()).isTrue();
    }

    @Test
    void digestJsonListsEverySourceWithItsFilesKindAndLanguage() throws Exception {
        JsonNode story = storyWith(json.readTree(run("digest", "--format", "json", "--lang", "en").out()), READOUT);

        List<String> paths = new ArrayList<>();
        story.get("sources").forEach(s -> s.get("paths").forEach(p -> paths.add(p.asText())));
        assertThat(paths).containsExactlyInAnyOrder(READOUT, COPY, ANALYSIS, NOTE);
        JsonNode readout = sourceWith(story, READOUT);
        assertThat(readout.get("outlet").asText()).isEqualTo("国防部");
        assertThat(readout.get("kind").asText()).isEqualTo("official");
        assertThat(sourceWith(story, NOTE).get("outlet").isNull()).isTrue();
        assertThat(story.get("language").asText()).isEqualTo("zh");
        assertThat(story.get("sourcesOnlyIn").asText()).isEqualTo("zh");
        assertThat(story.get("titleOnly").asBoolean()).isFalse();
        assertThat(story.toString()).doesNotContain("unknown outlet").doesNotContain("视觉中国");
    }

    @Test
    void textDigestGroupsAnOutletsArticlesAndSaysWhatAReaderMisses() {
        String text = run("digest", "--lang", "en").out();

        assertThat(text).contains("Chinese sources only");
        assertThat(text).contains("(title only)");
        assertThat(text).contains("   - 国防部 · official: 国防部长董军应约同美国国防部长奥斯汀视频通话\n");
        assertThat(text).contains("   - 董军与奥斯汀视频通话：笔记\n");
        assertThat(text).doesNotContain("unknown outlet");
    }

    @Test
    void aTitleOnlyStoryIsMarkedInJson() throws Exception {
        JsonNode story = storyWith(json.readTree(run("digest", "--format", "json").out()), TITLE_ONLY);

        assertThat(story.get("titleOnly").asBoolean()).isTrue();
        assertThat(story.get("summary")).isEmpty();
        assertThat(sourceWith(story, TITLE_ONLY).get("outlet").asText()).isEqualTo("腾讯新闻");
    }

    private static JsonNode storyWith(JsonNode digest, String path) {
        for (JsonNode s : digest.get("stories")) {
            for (JsonNode src : s.get("sources")) {
                if (src.get("path").asText().equals(path)) {
                    return s;
                }
            }
        }
        throw new AssertionError("no story lists " + path + " in " + digest);
    }

    private static JsonNode sourceWith(JsonNode story, String path) {
        for (JsonNode src : story.get("sources")) {
            if (src.get("path").asText().equals(path)) {
                return src;
            }
        }
        throw new AssertionError("no source " + path);
    }
}
