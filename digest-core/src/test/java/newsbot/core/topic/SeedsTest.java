package newsbot.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbot.core.parse.Section;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The five seed articles are on topic, for sensible reasons. Text is crudely stripped here, not parsed. */
class SeedsTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private final Topic topic = TopicFixtures.shipped();

    private static String read(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file);
        }
    }

    private static String firstLineStartingWith(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length()).strip();
    }

    /** RSS dumps: title in [title](url), body is HTML after the ------ line. */
    private Relevance assessFeedx(String raw) {
        String title = raw.substring(raw.indexOf('[') + 1, raw.indexOf("]("));
        String body = Jsoup.parse(raw.substring(raw.indexOf("------") + 6)).text();
        return topic.assess(title, List.of(new Section("zh", title, body)));
    }

    @Test
    void seed000BilingualFtPreviewIsRelevant() throws IOException {
        String raw = read("000");
        String zhTitle = firstLineStartingWith(raw, "title:");
        int split = raw.indexOf("\n---\n", raw.indexOf("# **"));
        String zh = raw.substring(0, split);
        String en = raw.substring(split + 5);
        String enTitle = firstLineStartingWith(en, "# ");
        Relevance r = topic.assess(zhTitle, List.of(new Section("zh", zhTitle, zh), new Section("en", enTitle, en)));
        assertThat(r.relevant()).isTrue();
        assertThat(r.entityIds()).contains("lloyd-austin", "wei-fenghe", "shangri-la-dialogue");
        assertThat(String.join("\n", r.reasons())).contains("Lloyd Austin").contains("meeting");
    }

    @Test
    void seed001WsjBrownLiuVideoCallIsRelevant() throws IOException {
        String raw = read("001");
        String title = "美中军方在中断交流一年多后恢复对话 - 华尔街日报";
        Relevance r = topic.assess(title, List.of(new Section("zh", title, raw.substring(raw.indexOf("# Full Content:")))));
        assertThat(r.relevant()).isTrue();
        assertThat(r.entityIds()).contains("charles-brown", "liu-zhenli");
        assertThat(r.reasons().get(0)).contains("US-China military (美中军方)").contains("resume (恢复)");
    }

    @Test
    void seed002RfiAttacheMeetingIsRelevant() throws IOException {
        Relevance r = assessFeedx(read("002"));
        assertThat(r.relevant()).isTrue();
        assertThat(r.entityIds()).contains("michael-chase", "liu-zhan", "cn-attache");
        assertThat(r.reasons().get(0)).contains("Pentagon (美国防部)").contains("中国驻美武官").contains("meeting (会见)");
    }

    @Test
    void seed003RfiAustinDongCallIsRelevant() throws IOException {
        Relevance r = assessFeedx(read("003"));
        assertThat(r.relevant()).isTrue();
        assertThat(r.entityIds()).contains("lloyd-austin", "dong-jun");
        assertThat(String.join("\n", r.reasons())).contains("Dong Jun (董军)").contains("Lloyd Austin (奥斯汀)");
    }

    @Test
    void seed004QqDefenceMinistersCallIsRelevant() throws IOException {
        String raw = read("004");
        String title = firstLineStartingWith(raw, "# ");
        Relevance r = topic.assess(title, List.of(new Section("zh", title, raw.substring(raw.indexOf('\n') + 1))));
        assertThat(r.relevant()).isTrue();
        assertThat(r.entityIds()).contains("dong-jun", "lloyd-austin", "mmca", "liu-zhenli");
        assertThat(r.reasons().get(0)).contains("US-China military (中美防长)").contains("phone call (通电话)");
        assertThat(String.join("\n", r.reasons())).contains("Dong Jun (董军)").contains("video call (视频通话)");
    }
}
