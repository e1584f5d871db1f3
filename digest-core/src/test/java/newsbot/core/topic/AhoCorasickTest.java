package newsbot.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {
    private static List<String> hits(List<String> patterns, String text) {
        List<String> out = new ArrayList<>();
        new AhoCorasick(patterns).scan(text.toCharArray(), (p, s, e) -> out.add(patterns.get(p) + "@" + s));
        return out;
    }

    @Test
    void findsOverlappingAndNestedPatterns() {
        assertThat(hits(List.of("he", "she", "his", "hers"), "ushers"))
                .containsExactlyInAnyOrder("she@1", "he@2", "hers@2");
    }

    @Test
    void findsChinesePatternsThroughFailureLinks() {
        assertThat(hits(List.of("中美防长", "美防长", "防长", "国防部长"), "中美国防部长与中美防长"))
                .containsExactlyInAnyOrder("国防部长@2", "中美防长@7", "美防长@8", "防长@9");
    }

    @Test
    void emptyTextHasNoHits() {
        assertThat(hits(List.of("a"), "")).isEmpty();
    }
}
