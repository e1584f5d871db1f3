package newsbot.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad topic file fails to load with a message that names the file, the line and the key. */
class TopicFileValidationTest {
    @TempDir
    Path dir;

    static final String GOOD = """
            id: t
            name: Test topic
            threshold: 2
            sides: [us, cn]
            entities:
              - id: austin
                kind: person
                side: us
                names: {en: [Lloyd Austin, Austin], zh: [奥斯汀]}
                ambiguous: [Austin]
              - id: dong-jun
                kind: person
                side: cn
                names: {en: [Dong Jun], zh: [董军]}
            terms:
              talk:
                - {en: [call], zh: [通话]}
            rules:
              - id: r1
                all: [{side: us}, {side: cn}, {terms: talk}]
                weight: 3
                reason: "{us} and {cn}: {talk}"
            """;

    private Path write(String content) throws IOException {
        Path file = dir.resolve("topic.yml");
        Files.writeString(file, content);
        return file;
    }

    private void assertFails(String content, int line, String key, String problem) throws IOException {
        Path file = write(content);
        assertThatThrownBy(() -> Topic.load(file))
                .isInstanceOf(TopicFileException.class)
                .hasMessageStartingWith("topic.yml line " + line + ": " + key + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((TopicFileException) e).line()).isEqualTo(line))
                .satisfies(e -> assertThat(((TopicFileException) e).key()).isEqualTo(key));
    }

    @Test
    void goodFileLoads() throws Exception {
        Topic topic = Topic.load(write(GOOD));
        assertThat(topic.id()).isEqualTo("t");
        assertThat(topic.name()).isEqualTo("Test topic");
    }

    @Test
    void unlessMustNameAnEarlierRule() throws IOException {
        assertFails(GOOD.replace("    weight: 3\n", "    weight: 3\n    unless: [r2]\n"), 22, "rules[0].unless",
                "\"r2\" is not a rule listed before this one");
    }

    @Test
    void eventKindsHoldsAndMeansAreChecked() throws Exception {
        String withEvents = GOOD.replace("rules:\n", """
                events:
                  window_days: 2
                  kinds:
                    - id: call
                      name: {en: Call, zh: 通话}
                      terms: {en: [call], zh: [通话]}
                      excludes: [meeting]
                    - id: meeting
                      terms: {en: [met]}
                rules:
                """);
        Topic topic = Topic.load(write(withEvents));
        assertThat(topic.eventKinds()).extracting(EventKind::id).containsExactly("call", "meeting");
        assertThat(topic.eventKinds().get(0).compatibleWith(topic.eventKinds().get(1))).isFalse();
        assertThat(topic.eventWindowDays()).isEqualTo(2);

        assertFails(withEvents.replace("excludes: [meeting]", "excludes: [talks]"), 24, "events.kinds[0].excludes",
                "unknown kind \"talks\"");
        assertFails(withEvents.replace("      terms: {en: [met]}\n", ""), 25, "events.kinds[1]",
                "needs \"terms\" or \"entity_kind\"");
        assertFails(withEvents.replace("excludes: [meeting]", "refines: talks"), 24, "events.kinds[0].refines",
                "unknown kind \"talks\"");
        String circle = withEvents.replace("excludes: [meeting]", "refines: meeting")
                .replace("      terms: {en: [met]}\n", "      terms: {en: [met]}\n      refines: call\n");
        assertFails(circle, 24, "events.kinds[0].refines", "kinds refine each other in a circle");
        assertThat(Topic.load(write(withEvents.replace("excludes: [meeting]", "refines: meeting")))
                .eventKinds().get(0).refines()).isEqualTo("meeting");
        assertFails(GOOD.replace("    ambiguous: [Austin]\n", "    ambiguous: [Austin]\n    holds: [{office: secdef, from: 2021-01-22}]\n"),
                11, "entities[0].holds[0].office", "unknown entity \"secdef\"");
        assertFails(GOOD.replace("    ambiguous: [Austin]\n", "    ambiguous: [Austin]\n    holds: [{office: dong-jun, from: 2021-13-01}]\n"),
                11, "entities[0].holds[0].from", "expected a date");
    }

    @Test
    void anOfficeNamedOnADateMeansWhoHeldItThen() throws Exception {
        Topic topic = Topic.load(write(GOOD.replace("  - id: dong-jun\n", """
                  - id: secdef
                    kind: office
                    side: us
                    names: {en: [Defense Secretary]}
                  - id: dong-jun
                """).replace("    ambiguous: [Austin]\n", "    ambiguous: [Austin]\n    holds: [{office: secdef, from: 2021-01-22, until: 2025-01-20}]\n")));

        assertThat(topic.holder("secdef", java.time.LocalDate.of(2024, 4, 16))).isEqualTo("austin");
        assertThat(topic.holder("secdef", java.time.LocalDate.of(2025, 3, 1))).isEqualTo("secdef");
        assertThat(topic.holder("dong-jun", java.time.LocalDate.of(2024, 4, 16))).isEqualTo("dong-jun");
    }

    @Test
    void badWeightNamesKeyAndLine() throws IOException {
        assertFails(GOOD.replace("weight: 3", "weight: high"), 21, "rules[0].weight", "expected a number, got \"high\"");
    }

    @Test
    void unknownTopLevelKey() throws IOException {
        assertFails(GOOD.replace("threshold: 2", "treshold: 2"), 3, "treshold", "unknown key");
    }

    @Test
    void unknownEntityKey() throws IOException {
        assertFails(GOOD.replace("    kind: person\n    side: cn", "    kind: person\n    sid: cn"), 13, "entities[1].sid", "unknown key");
    }

    @Test
    void missingEntityId() throws IOException {
        assertFails(GOOD.replace("  - id: dong-jun\n    kind", "  - kind"), 11, "entities[1]", "missing \"id\"");
    }

    @Test
    void duplicateEntityId() throws IOException {
        assertFails(GOOD.replace("id: dong-jun", "id: austin"), 11, "entities[1].id", "duplicate entity id \"austin\"");
    }

    @Test
    void ruleReferringToUnknownEntity() throws IOException {
        assertFails(GOOD.replace("all: [{side: us}, {side: cn}, {terms: talk}]", "all: [{entity: milley}, {terms: talk}]"),
                20, "rules[0].all[0].entity", "unknown entity \"milley\"");
    }

    @Test
    void ruleReferringToUnknownTermGroup() throws IOException {
        assertFails(GOOD.replace("{terms: talk}]", "{terms: talks}]"), 20, "rules[0].all[2].terms", "unknown term group \"talks\"");
    }

    @Test
    void reasonPlaceholderNamingNoCondition() throws IOException {
        assertFails(GOOD.replace("{us} and {cn}", "{us} and {china}"), 22, "rules[0].reason", "placeholder {china}");
    }

    @Test
    void unknownSide() throws IOException {
        assertFails(GOOD.replace("side: cn\n    names", "side: prc\n    names"), 13, "entities[1].side", "unknown side \"prc\"");
    }

    @Test
    void ambiguousAliasThatIsNotANameOfTheEntity() throws IOException {
        assertFails(GOOD.replace("ambiguous: [Austin]", "ambiguous: [Texas]"), 10, "entities[0].ambiguous", "\"Texas\" is not one of");
    }

    @Test
    void aliasOfTwoEntities() throws IOException {
        assertFails(GOOD.replace("zh: [董军]", "zh: [奥斯汀]"), 14, "entities[1].names.zh", "already names entity \"austin\"");
    }

    @Test
    void duplicateKey() throws IOException {
        assertFails(GOOD.replace("threshold: 2\n", "threshold: 2\nthreshold: 3\n"), 4, "threshold", "key given twice");
    }

    @Test
    void maxOnANonSentenceRule() throws IOException {
        assertFails(GOOD.replace("weight: 3", "weight: 3\n    max: 2"), 22, "rules[0].max", "only a rule \"in: sentence\"");
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        Path file = write(GOOD.replace("  talk:\n", "  talk:\n   - [unclosed\n"));
        assertThatThrownBy(() -> Topic.load(file))
                .isInstanceOf(TopicFileException.class)
                .hasMessageStartingWith("topic.yml line ")
                .hasMessageContaining("invalid YAML");
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> Topic.load(dir.resolve("nope.yml")))
                .isInstanceOf(TopicFileException.class)
                .hasMessageStartingWith("nope.yml: cannot read");
    }

    @Test
    void shippedFileLoads() throws Exception {
        Topic topic = Topic.load(TopicFixtures.SHIPPED);
        assertThat(topic.id()).isEqualTo("us-china-military");
        assertThat(topic.threshold()).isEqualTo(4.0);
    }

    @Test
    void sideNamesNameEachSideInEachLanguageInTheirOrder() throws Exception {
        Topic t = Topic.load(write(GOOD.replace("sides: [us, cn]\n",
                "sides: [us, cn]\nside_names:\n  us: {en: US, zh: 美}\n  cn: {en: China, zh: 中}\n")));

        assertThat(t.sides()).containsExactly("us", "cn");
        assertThat(t.sideName("cn", "zh")).isEqualTo("中");
        assertThat(t.sideName("us", "fr")).as("English when the language has none").isEqualTo("US");
    }

    @Test
    void aSideNameForAnUndeclaredSideIsRefused() throws IOException {
        assertFails(GOOD.replace("sides: [us, cn]\n", "sides: [us, cn]\nside_names:\n  eu: {en: EU}\n"),
                6, "side_names.eu", "unknown side");
    }
}
