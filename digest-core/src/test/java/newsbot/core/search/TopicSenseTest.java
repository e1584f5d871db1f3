package newsbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicSenseTest {
    private static final List<Concept> CONCEPTS = List.of(
            new Concept("hotline", Concept.Kind.TERM, "glossary", List.of("hotline", "热线"), List.of()),
            new Concept("Dong Jun", Concept.Kind.PERSON, "topic", List.of("Dong Jun", "董军"), List.of()),
            new Concept("Lloyd Austin", Concept.Kind.PERSON, "topic", List.of("Lloyd Austin", "奥斯汀"), List.of()),
            new Concept("talks", Concept.Kind.TERM, "glossary", List.of("talks", "会谈"), List.of()));
    private final TopicSense sense = new TopicSense(CONCEPTS);

    private static Clause naming(String label) {
        return new Clause(label, List.of(new Phrase(List.of(label.toLowerCase()))), false, label, "", Map.of(),
                Set.of(), Map.of(), Set.of());
    }

    @Test
    void anArticleInTheTopicsWorldScoresAboveOneThatNamesOnlyTheQuery() {
        List<Clause> hotline = List.of(naming("hotline"));
        double military = sense.factor("董军与奥斯汀会谈", List.of("双方同意恢复热线"), hotline);
        double service = sense.factor("客服热线", List.of("拨打热线咨询"), hotline);
        assertThat(military).isGreaterThan(service);
        assertThat(service).isEqualTo(1.0); // the searched thing itself does not count
    }

    @Test
    void whatAnArticleNamesIsTheSameForEveryQuerySoItCanBeKept() {
        int[] found = sense.found("董军与奥斯汀会谈", List.of("双方同意恢复热线"));
        assertThat(found).hasSize(4);
        for (String label : List.of("hotline", "Dong Jun", "talks")) {
            List<Clause> q = List.of(naming(label));
            assertThat(sense.factor(found, q)).isEqualTo(sense.factor("董军与奥斯汀会谈", List.of("双方同意恢复热线"), q));
        }
    }

    @Test
    void aKeptSenseIsForOneVersionOfTheArticle() {
        ArticleSenses senses = new ArticleSenses();
        senses.put(new ArticleSenses.Key(7, 1), new int[] {1, 2});
        assertThat(senses.get(new ArticleSenses.Key(7, 1))).containsExactly(1, 2);
        assertThat(senses.get(new ArticleSenses.Key(7, 2))).isNull(); // re-ingested with a new text: read again
    }
}
