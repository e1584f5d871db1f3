package newsbot.core.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Precision and recall of the shipped topic on texts written for this test. */
class LabelledSetTest {
    private static final Path LABELLED = Path.of("src/test/resources/topic/labelled/us-china-military.yml");

    record Example(String id, boolean relevant, String lang, String title, String text) {
    }

    @SuppressWarnings("unchecked")
    static List<Example> examples() throws IOException {
        List<Object> items = (List<Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(LABELLED));
        List<Example> out = new ArrayList<>();
        for (Object o : items) {
            Map<String, Object> m = (Map<String, Object>) o;
            out.add(new Example((String) m.get("id"), "relevant".equals(m.get("label")), (String) m.get("lang"),
                    (String) m.get("title"), (String) m.get("text")));
        }
        return out;
    }

    @Test
    void labelledSetHasEnoughOfBothClassesAndLanguages() throws IOException {
        List<Example> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(80);
        assertThat(examples).filteredOn(Example::relevant).hasSizeGreaterThanOrEqualTo(35);
        assertThat(examples).filteredOn(e -> e.lang().equals("en")).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void precisionAtLeast95AndRecallAtLeast90() throws IOException {
        Topic topic = TopicFixtures.shipped();
        int tp = 0, fp = 0, fn = 0, tn = 0;
        List<String> mistakes = new ArrayList<>();
        for (Example e : examples()) {
            Relevance r = TopicFixtures.assess(topic, e.lang(), e.title(), e.text());
            if (r.relevant() && e.relevant()) {
                tp++;
            } else if (r.relevant()) {
                fp++;
                mistakes.add("FP " + e.id() + " " + r.score() + " " + r.reasons());
            } else if (e.relevant()) {
                fn++;
                mistakes.add("FN " + e.id() + " " + r.score() + " " + r.reasons());
            } else {
                tn++;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("labelled set: TP=%d FP=%d FN=%d TN=%d precision=%.3f recall=%.3f%n", tp, fp, fn, tn, precision, recall);
        mistakes.forEach(System.out::println);
        assertThat(precision).as("precision; mistakes: %s", mistakes).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall; mistakes: %s", mistakes).isGreaterThanOrEqualTo(0.90);
    }
}
