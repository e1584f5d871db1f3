package newsbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ThesaurusTest {

    private static Concept person(String label, String... names) {
        return new Concept(label, Concept.Kind.PERSON, "test", List.of(names), List.of());
    }

    private static final Concept AUSTIN = person("Lloyd Austin", "Lloyd Austin", "Austin", "奥斯汀");
    private static final Concept DONG = person("Dong Jun", "Dong Jun", "董军");
    private static final Concept LIU = person("Liu Zhenli", "Liu Zhenli", "刘振立");
    private static final Concept KISSINGER = person("Henry Kissinger", "Henry Kissinger", "Kissinger", "基辛格");
    private static final Concept US = new Concept("United States", Concept.Kind.PLACE, "test",
            List.of("United States", "US", "美国"), List.of());
    private static final Concept HOTLINE = new Concept("hotline", Concept.Kind.TERM, "test",
            List.of("hotline", "热线"), List.of());
    private static final Thesaurus THESAURUS = Thesaurus.of(List.of(AUSTIN, DONG, LIU, KISSINGER, US, HOTLINE));

    @Test
    void pinyinIsFoundWithOrWithoutSpacesHyphensCaseAndToneMarks() {
        for (String typed : List.of("Dong Jun", "Dongjun", "dong-jun", "DONG JUN", "Dǒng Jūn", "ｄｏｎｇ ｊｕｎ")) {
            assertThat(THESAURUS.lookup(typed)).as(typed).containsExactly(DONG);
        }
        assertThat(THESAURUS.lookup("Liu Zhen-li")).containsExactly(LIU);
    }

    @Test
    void chineseNamesAreFoundWithOrWithoutTheMiddleDot() {
        Thesaurus t = Thesaurus.of(List.of(person("Lloyd Austin", "劳埃德·奥斯汀")));

        assertThat(t.lookup("劳埃德奥斯汀")).hasSize(1);
        assertThat(t.lookup("劳埃德・奥斯汀")).hasSize(1);
    }

    @Test
    void aTwoLetterAcronymMatchesOnlyInCapitals() {
        assertThat(THESAURUS.lookup("US")).containsExactly(US);
        assertThat(THESAURUS.lookup("U.S.")).containsExactly(US);
        assertThat(THESAURUS.lookup("us")).isEmpty();
    }

    @Test
    void aNameOneEditAwayIsCorrected() {
        assertThat(THESAURUS.correction("Austen")).hasValueSatisfying(n -> {
            assertThat(n.concept()).isEqualTo(AUSTIN);
            assertThat(n.name()).isEqualTo("Austin");
        });
        assertThat(THESAURUS.correction("Dong Jnu")).hasValueSatisfying(n -> assertThat(n.name()).isEqualTo("Dong Jun"));
    }

    @Test
    void aLongNameIsCorrectedFromTwoEditsAwayAShortOneFromOneOnly() {
        assertThat(THESAURUS.correction("Kisinjer")).hasValueSatisfying(n -> assertThat(n.concept()).isEqualTo(KISSINGER));
        assertThat(THESAURUS.correction("Ostan")).isEmpty();
    }

    @Test
    void wordsShorterThanFiveLettersKnownNamesAndTermsAreNeverCorrected() {
        assertThat(THESAURUS.correction("Dong")).isEmpty();
        assertThat(THESAURUS.correction("Austin")).isEmpty();
        assertThat(THESAURUS.correction("hotlin")).as("terms are suggested, not corrected to").isEmpty();
    }

    @Test
    void aWordEquallyNearTwoNamesIsNotCorrected() {
        Thesaurus t = Thesaurus.of(List.of(person("Mark Milley", "Milley"), person("Anne Miller", "Miller")));

        assertThat(t.correction("Millex")).isEmpty();
        assertThat(t.suggestions("Millex")).extracting(Thesaurus.Near::name).containsExactlyInAnyOrder("Milley", "Miller");
    }

    @Test
    void suggestionsIncludeTermsNearestFirst() {
        assertThat(THESAURUS.suggestions("hotlin")).extracting(Thesaurus.Near::name).containsExactly("hotline");
        assertThat(THESAURUS.suggestions("zzzzzz")).isEmpty();
    }
}
