package newsbot.core.topic;

import java.nio.file.Path;
import java.util.List;
import newsbot.core.parse.Section;

/** The shipped topic file, loaded once per test class, and small helpers. */
final class TopicFixtures {
    /** Tests run with the module directory as working directory. */
    static final Path SHIPPED = Path.of("..", "config", "topics", "us-china-military.yml");

    private TopicFixtures() {
    }

    static Topic shipped() {
        try {
            return Topic.load(SHIPPED);
        } catch (TopicFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Relevance assess(Topic topic, String lang, String title, String text) {
        return topic.assess(title, List.of(new Section(lang, title, text)));
    }
}
