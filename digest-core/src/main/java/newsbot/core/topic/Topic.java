package newsbot.core.topic;

import java.nio.file.Path;
import java.util.List;
import newsbot.core.parse.Section;

/**
 * A topic loaded from its YAML file: entities with bilingual aliases, term groups and
 * scoring rules. Immutable and thread-safe; build once, assess many articles.
 *
 * <pre>{@code
 * Topic topic = Topic.load(Path.of("config/topics/us-china-military.yml"));
 * Relevance r = topic.assess(article.title(), article.sections());
 * }</pre>
 */
public final class Topic {
    private final TopicDefinition definition;
    private final RelevanceEngine engine;
    private final Gazetteer gazetteer;

    private Topic(TopicDefinition definition) {
        this.definition = definition;
        Lexicon lexicon = Lexicon.build(definition.entities(), definition.groups(), definition.blockers());
        this.engine = new RelevanceEngine(definition, lexicon);
        this.gazetteer = new Gazetteer(definition.entities(), lexicon);
    }

    /**
     * Reads and validates a topic file.
     *
     * @throws TopicFileException naming the file, line and key of the first problem
     */
    public static Topic load(Path file) throws TopicFileException {
        return new Topic(TopicFileReader.read(file));
    }

    public String id() {
        return definition.id();
    }

    public String name() {
        return definition.name();
    }

    /** Score at or above which an article is relevant. */
    public double threshold() {
        return definition.threshold();
    }

    /** Scores one article: its title and its language sections. */
    public Relevance assess(String title, List<Section> sections) {
        return engine.assess(title == null ? "" : title, List.copyOf(sections));
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
