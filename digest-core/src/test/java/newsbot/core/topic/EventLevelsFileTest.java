package newsbot.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** events.levels and events.breaks: read in file order, and a mistake named by file, line and key. */
class EventLevelsFileTest {
    @TempDir
    Path dir;

    /** The validation test's good topic, with kinds, breaks and levels. */
    private static final String TOPIC = TopicFileValidationTest.GOOD.replace("rules:\n", """
            events:
              kinds:
                - id: call
                  terms: {en: [call]}
                - id: refusal
                  terms: {en: [refused]}
              breaks: [refusal]
              levels:
                - id: ministers
                  name: {en: Ministers, zh: 部长}
                  entities: [austin, dong-jun]
                - id: others
                  name: {en: Others}
            rules:
            """);

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("topic.yml"), content);
    }

    private void assertFails(String content, String lineStart, String key, String problem) throws IOException {
        int line = (int) content.substring(0, content.indexOf(lineStart)).chars().filter(c -> c == '\n').count() + 1;
        Path file = write(content);
        assertThatThrownBy(() -> Topic.load(file))
                .isInstanceOf(TopicFileException.class)
                .hasMessageStartingWith("topic.yml line " + line + ": " + key + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void levelsAndBreaksAreReadInFileOrder() throws Exception {
        Topic topic = Topic.load(write(TOPIC));

        assertThat(topic.eventLevels()).extracting(EventLevel::id).containsExactly("ministers", "others");
        assertThat(topic.eventLevels().get(0).name("zh")).isEqualTo("部长");
        assertThat(topic.eventLevels().get(1).name("zh")).isEqualTo("Others");
        assertThat(topic.eventLevels().get(1).fallback()).isTrue();
        assertThat(topic.breakKinds()).containsExactly("refusal");
    }

    @Test
    void aLevelMustListEntitiesOfTheFile() throws IOException {
        String bad = TOPIC.replace("entities: [austin, dong-jun]", "entities: [austin, dong-jun, li-shangfu]");
        assertFails(bad, "      entities: [austin, dong-jun, li", "events.levels[0].entities", "unknown entity \"li-shangfu\"");
    }

    @Test
    void onlyOneLevelMayBeTheFallback() throws IOException {
        String bad = TOPIC.replace("    - id: others\n", "    - id: staff\n    - id: others\n");
        assertFails(bad, "    - id: others", "events.levels[2]", "only one level may list no entities");
    }

    @Test
    void levelIdsAreUniqueAndBreaksAreKinds() throws IOException {
        assertFails(TOPIC.replace("- id: others", "- id: ministers"), "    - id: ministers\n      name: {en: Others}",
                "events.levels[1].id", "duplicate level id");
        assertFails(TOPIC.replace("breaks: [refusal]", "breaks: [silence]"), "  breaks:", "events.breaks",
                "unknown kind \"silence\"");
    }
}
