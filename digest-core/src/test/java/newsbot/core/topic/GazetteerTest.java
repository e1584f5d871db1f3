package newsbot.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Search expands a name in one language to every alias in all languages. */
class GazetteerTest {
    private final Gazetteer gazetteer = TopicFixtures.shipped().gazetteer();

    @Test
    void englishSurnameFindsChineseNames() {
        Entity austin = gazetteer.lookup("Austin").orElseThrow();
        assertThat(austin.id()).isEqualTo("lloyd-austin");
        assertThat(austin.names().get("zh")).contains("奥斯汀", "劳埃德·奥斯汀");
    }

    @Test
    void lookupIgnoresCaseSpacingAndWidth() {
        assertThat(gazetteer.lookup("  dong   JUN ")).map(Entity::id).contains("dong-jun");
        assertThat(gazetteer.lookup("ＤＯＮＧ ＪＵＮ")).map(Entity::id).contains("dong-jun");
        assertThat(gazetteer.lookup("dong-jun")).map(Entity::id).contains("dong-jun");
    }

    @Test
    void chineseNameFindsEnglishNames() {
        assertThat(gazetteer.lookup("董军").orElseThrow().names().get("en")).contains("Dong Jun");
        assertThat(gazetteer.lookup("香会").orElseThrow().names().get("en")).contains("Shangri-La Dialogue");
        assertThat(gazetteer.lookup("Shangri-La Dialogue").orElseThrow().names().get("zh")).contains("香会");
    }

    @Test
    void unknownTermIsEmpty() {
        assertThat(gazetteer.lookup("Kim Jong Un")).isEmpty();
        assertThat(gazetteer.lookup("")).isEmpty();
    }

    @Test
    void findReportsOffsetsSurfaceAndAmbiguity() {
        String text = "美国防长奥斯汀与董军通话";
        assertThat(gazetteer.find(text)).extracting(EntityMatch::entityId, EntityMatch::surface, EntityMatch::start, EntityMatch::ambiguous)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lloyd-austin", "美国防长奥斯汀", 0, false),
                        org.assertj.core.groups.Tuple.tuple("us-secdef", "美国防长", 0, false),
                        org.assertj.core.groups.Tuple.tuple("dong-jun", "董军", 8, true));
    }

    @Test
    void entitiesAreImmutable() {
        Entity e = gazetteer.lookup("Milley").orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> e.names().get("en").add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
