package newsbot.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsbot.core.search.Concept;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A topic's glossary files: read, checked, and offered to search; a bad one is named with its line and key. */
class GlossaryTest {
    @TempDir
    Path dir;

    private static final String TOPIC = """
            id: t
            name: Test topic
            threshold: 2
            sides: [us, cn]
            not: [客服热线]
            glossary: %s
            entities:
              - id: dong-jun
                kind: person
                side: cn
                names: {en: [Dong Jun], zh: [董军]}
            terms:
              talk:
                - {en: [call], zh: [通话]}
            rules:
              - id: r1
                all: [{side: cn}, {terms: talk}]
                weight: 3
            """;

    private static final String GLOSSARY = """
            sources:
              mnd: PRC Ministry of National Defense releases
              places: Handbook of Foreign Place Names
            entries:
              - {en: [hotline, direct line], zh: [热线, 直通电话], kind: mechanism, src: mnd, not: [服务热线]}
              - {en: Hawaii, zh: 夏威夷, kind: place, src: places}
            """;

    private Path topic(String glossaryRef, String glossary) throws IOException {
        Files.createDirectories(dir.resolve("glossary"));
        Files.createDirectories(dir.resolve("topics"));
        Files.writeString(dir.resolve("glossary").resolve("words.yml"), glossary);
        Path file = dir.resolve("topics").resolve("topic.yml");
        Files.writeString(file, TOPIC.formatted(glossaryRef));
        return file;
    }

    private static Concept concept(Topic topic, String label) {
        return topic.thesaurus().concepts().stream().filter(c -> c.label().equals(label))
                .min(java.util.Comparator.comparing(c -> !c.source().equals("glossary"))).orElseThrow();
    }

    @Test
    void aGlossaryNamedRelativeToTheTopicFileGivesSearchItsEntries() throws Exception {
        Topic topic = Topic.load(topic("../glossary/words.yml", GLOSSARY));

        Concept hotline = concept(topic, "hotline");
        assertThat(hotline.names()).containsExactly("hotline", "direct line", "热线", "直通电话");
        assertThat(hotline.kind()).isEqualTo(Concept.Kind.NAME);
        assertThat(hotline.source()).isEqualTo("glossary");
        assertThat(concept(topic, "Hawaii").kind()).isEqualTo(Concept.Kind.PLACE);
    }

    @Test
    void anEntryKeepsItsOwnFalseFriendsAndTheTopicsNotTextsThatHoldItsNames() throws Exception {
        Topic topic = Topic.load(topic("../glossary/words.yml", GLOSSARY));

        assertThat(concept(topic, "hotline").falseFriends()).containsExactly("服务热线", "客服热线");
        assertThat(concept(topic, "Hawaii").falseFriends()).isEmpty();
    }

    @Test
    void theTopicsEntitiesAndTermsAreConceptsToo() throws Exception {
        Topic topic = Topic.load(topic("../glossary/words.yml", GLOSSARY));

        assertThat(concept(topic, "Dong Jun").kind()).isEqualTo(Concept.Kind.PERSON);
        assertThat(concept(topic, "call").names()).containsExactly("call", "通话");
    }

    @Test
    void aMissingGlossaryFileIsNamedWithTheTopicsLineAndKey() throws Exception {
        Path file = topic("../glossary/nowhere.yml", GLOSSARY);

        assertThatThrownBy(() -> Topic.load(file))
                .isInstanceOf(TopicFileException.class)
                .hasMessageStartingWith("topic.yml line 6: glossary: no glossary file ")
                .hasMessageContaining("nowhere.yml", "none of that name is bundled");
    }

    @Test
    void aTopicCopiedWithoutItsGlossaryUsesTheBundledOneOfThatName() throws Exception {
        Path alone = Files.writeString(dir.resolve("copied.yml"),
                Files.readString(Path.of("..", "config", "topics", "us-china-military.yml")));

        Topic topic = Topic.load(alone);

        assertThat(concept(topic, "hotline").names()).contains("热线", "直通电话");
    }

    private void assertGlossaryFails(String glossary, int line, String key, String problem) throws IOException {
        Path file = topic("../glossary/words.yml", glossary);
        assertThatThrownBy(() -> Topic.load(file))
                .isInstanceOf(TopicFileException.class)
                .hasMessageStartingWith("words.yml line " + line + ": " + key + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void anEntryWithoutASourceIsRefused() throws Exception {
        assertGlossaryFails(GLOSSARY.replace(", src: places}", "}"), 6, "entries[1]", "missing \"src\"");
    }

    @Test
    void anEntryCitingAnUndeclaredSourceIsRefused() throws Exception {
        assertGlossaryFails(GLOSSARY.replace("src: places", "src: wikipedia"), 6, "entries[1].src",
                "unknown source \"wikipedia\"");
    }

    @Test
    void anEntryNeedsBothLanguages() throws Exception {
        assertGlossaryFails(GLOSSARY.replace("zh: 夏威夷, ", ""), 6, "entries[1]", "missing \"zh\"");
    }

    @Test
    void anUnknownKindOrKeyIsRefused() throws Exception {
        assertGlossaryFails(GLOSSARY.replace("kind: place", "kind: city"), 6, "entries[1].kind", "unknown kind \"city\"");
        assertGlossaryFails(GLOSSARY.replace("kind: place", "fr: Hawaï"), 6, "entries[1].fr", "unknown key");
    }

    @Test
    void brokenYamlIsNamedWithItsLine() throws Exception {
        assertThatThrownBy(() -> Topic.load(topic("../glossary/words.yml", GLOSSARY + "  - {en: [x\n")))
                .isInstanceOf(TopicFileException.class)
                .hasMessageStartingWith("words.yml line ")
                .hasMessageContaining("invalid YAML");
    }

    @Test
    void theShippedGlossaryLoadsWithSeveralHundredSourcedEntries() throws Exception {
        Path shipped = Path.of("..", "config", "glossary", "military-diplomatic.yml");

        List<GlossaryEntry> entries = GlossaryFileReader.read(shipped);

        assertThat(entries).hasSizeGreaterThan(400);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.source()).isNotBlank();
            assertThat(e.names().get("en")).isNotEmpty();
            assertThat(e.names().get("zh")).isNotEmpty();
        });
    }

    @Test
    void theShippedTopicUsesTheShippedGlossary() throws Exception {
        Topic topic = Topic.load(Path.of("..", "config", "topics", "us-china-military.yml"));

        assertThat(concept(topic, "hotline").names()).contains("热线", "直通电话");
        assertThat(concept(topic, "Guam").falseFriends()).contains("有关岛");
    }
}
