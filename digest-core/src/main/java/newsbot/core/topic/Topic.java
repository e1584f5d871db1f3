package newsbot.core.topic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbot.core.parse.Section;
import newsbot.core.search.Thesaurus;

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
    /** Built on first use: most of a cold start's topic time, and only searches need it. */
    private volatile Thesaurus thesaurus;

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

    /** Scores one article rule by rule, with each rule's weight, the sum and the threshold. */
    public Explanation explain(String title, List<Section> sections) {
        return engine.explain(title == null ? "" : title, List.copyOf(sections));
    }

    TopicDefinition definition() {
        return definition;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Every entity, term and kind cue in one article, with where it is: the raw material of its event. */
    public TopicReading read(String title, List<Section> sections) {
        return engine.read(title == null ? "" : title, List.copyOf(sections));
    }

    /** The kinds of contact, in priority order (see {@link EventKind}). */
    public List<EventKind> eventKinds() {
        return definition.eventKinds();
    }

    /** The levels of contact, most senior first (see {@link EventLevel}); empty when the topic defines none. */
    public List<EventLevel> eventLevels() {
        return definition.eventLevels();
    }

    /** Kinds that are a break in contact rather than a contact (a refusal, a suspension): the timeline marks them. */
    public List<String> breakKinds() {
        return definition.breakKinds();
    }

    /** Articles whose event dates are further apart than this many days are never one event. */
    public int eventWindowDays() {
        return definition.eventWindowDays();
    }

    /** The topic's sides in file order ("us", "cn", …). */
    public List<String> sides() {
        return List.copyOf(definition.sideNames().keySet());
    }

    /** How people call {@code side} in {@code language} (the file's {@code side_names}), else in English, else its id. */
    public String sideName(String side, String language) {
        Map<String, String> names = definition.sideNames().getOrDefault(side, Map.of());
        return names.getOrDefault(language, names.getOrDefault("en", side));
    }

    /** The entity with this id. */
    public Optional<Entity> entity(String id) {
        return definition.entities().stream().map(EntityDef::entity).filter(e -> e.id().equals(id)).findFirst();
    }

    /** The entities {@code entityId} names together ("中美防长": both ministers), or just itself. */
    public List<String> meaning(String entityId) {
        for (EntityDef def : definition.entities()) {
            if (def.entity().id().equals(entityId) && !def.means().isEmpty()) {
                return def.means();
            }
        }
        return List.of(entityId);
    }

    /**
     * Who {@code entityId} means on {@code date}: the person who held that office then ({@code holds:} in the
     * topic file), else the entity itself.
     */
    public String holder(String entityId, LocalDate date) {
        for (EntityDef person : definition.entities()) {
            for (Tenure t : person.holds()) {
                if (definition.entities().get(t.office()).entity().id().equals(entityId) && t.covers(date)) {
                    return person.entity().id();
                }
            }
        }
        return entityId;
    }

    /** Every name search knows from the topic's entities, terms and glossary. */
    public Thesaurus thesaurus() {
        Thesaurus t = thesaurus;
        if (t == null) {
            synchronized (this) {
                t = thesaurus;
                if (t == null) {
                    t = Thesaurus.of(SearchConcepts.of(definition), definition.ambiguityWindow());
                    thesaurus = t;
                }
            }
        }
        return t;
    }
}
