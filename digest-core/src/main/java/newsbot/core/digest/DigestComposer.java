package newsbot.core.digest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import newsbot.core.event.Event;
import newsbot.core.event.SqliteEventStore;
import java.util.function.Supplier;
import newsbot.core.digest.StoryOrder.Ranked;
import newsbot.core.parse.Section;
import newsbot.core.source.NamedOutlet;
import newsbot.core.source.SourceRules;
import newsbot.core.summary.ExtractiveSummarizer;
import newsbot.core.summary.LengthBudget;
import newsbot.core.summary.StoryArticle;
import newsbot.core.summary.Summary;
import newsbot.core.summary.SummaryRequest;
import newsbot.core.topic.Topic;

/**
 * Composes a digest: the stories that gained relevant articles, each once, summarised in the
 * reader's language without repeating what the reader was already sent, most important first.
 */
public final class DigestComposer {
    private static final int WHY_CHARS = 160;

    private final ExtractiveSummarizer summarizer;
    private final Supplier<SourceRules> sources;
    private final Supplier<Topic> topic;

    /**
     * @param sources the configuration's sources: rules in force, which name each source's outlet and kind
     * @param topic   the topic in force, which names kinds, participants and sides in event lines
     */
    public DigestComposer(ExtractiveSummarizer summarizer, Supplier<SourceRules> sources, Supplier<Topic> topic) {
        this.summarizer = summarizer;
        this.sources = sources;
        this.topic = topic;
    }

    /**
     * @param alreadySent the sentences of a story the reader was sent before, by story id
     */
    public Digest compose(Connection c, DigestRequest request, Function<Long, List<String>> alreadySent, Instant now)
            throws SQLException {
        Map<Long, Integer> newArticlesByStory = SqliteEventStore.touched(c, request.afterSeq(), request.upToSeq(),
                request.publishedSince().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE));
        int articleCount = newArticlesByStory.values().stream().mapToInt(Integer::intValue).sum();
        return new Digest(request.since(), now, articleCount,
                ranked(c, newArticlesByStory.keySet(), request, alreadySent).stream().map(Ranked::story).toList());
    }

    /**
     * The {@code count} newest stories (by event date; those of one day by importance, as in a digest),
     * summarised from all their articles.
     */
    public Digest latest(Connection c, int count, String language, Instant now) throws SQLException {
        List<Event> events = SqliteEventStore.events(c, sources.get());
        // the day the count ends in is read whole: a more important story of that day comes before a lesser one
        LocalDate lastDay = events.size() > count ? events.get(count - 1).date().date() : LocalDate.MIN;
        DigestRequest request = DigestRequest.all(language);
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < events.size() && (i < count || !events.get(i).date().date().isBefore(lastDay)); i++) {
            ranked.add(story(c, events.get(i).id(), request, List.of()));
        }
        ranked.sort(StoryOrder.NEWEST_THEN_IMPORTANT);
        List<Ranked> kept = ranked.subList(0, Math.min(count, ranked.size()));
        return new Digest(Optional.empty(), now, kept.stream().mapToInt(Ranked::articleCount).sum(),
                kept.stream().map(Ranked::story).toList());
    }

    private List<Ranked> ranked(Connection c, java.util.Collection<Long> storyIds, DigestRequest request,
                                Function<Long, List<String>> alreadySent) throws SQLException {
        List<Ranked> ranked = new ArrayList<>();
        for (long storyId : storyIds) {
            ranked.add(story(c, storyId, request, alreadySent.apply(storyId)));
        }
        ranked.sort(StoryOrder.NEWEST_THEN_IMPORTANT);
        return ranked;
    }

    private Ranked story(Connection c, long storyId, DigestRequest request, List<String> sent) throws SQLException {
        List<StoryArticleRow> articles = articles(c, storyId);
        SourceRules rules = sources.get();
        Optional<Event> event = SqliteEventStore.event(c, storyId, rules);
        LocalDate date = event.map(e -> e.date().date()).orElse(null);
        long central = event.map(Event::central).orElse(0L);
        Headlines.Choice headline = Headlines.pick(articles, request.language(), rules, central);
        StoryArticleRow best = headline.article();
        String language = request.language().equals("source") ? headline.section().language() : request.language();

        // The outlet's own lead stays eligible: the summariser excludes a given lead only so that the
        // ROUGE benchmark can score against it honestly; a reader wants the best sentences.
        List<StoryArticle> inputs = new ArrayList<>();
        for (StoryArticleRow a : articles) {
            if (!a.copy() && a.has(language)) {
                Section s = a.section(language);
                inputs.add(new StoryArticle(s.title(), s.text(), ""));
            }
        }
        if (inputs.isEmpty()) { // nothing in the wanted language: summarise the source language instead
            for (StoryArticleRow a : articles) {
                if (!a.copy()) {
                    Section s = a.sections().get(0);
                    inputs.add(new StoryArticle(s.title(), s.text(), ""));
                }
            }
        }
        String summaryLanguage = inputs.isEmpty() ? language : languageOf(articles, inputs);
        SummaryRequest summaryRequest = new SummaryRequest(inputs, summaryLanguage,
                LengthBudget.defaultFor(summaryLanguage), sent, StoryFocus.of(topic.get(), summaryLanguage, event));
        Summary summary = summarizer.summarize(summaryRequest);
        // empty with nothing sent before: the articles have no sentences to give, only their titles
        boolean titleOnly = summary.isEmpty()
                && (sent.isEmpty() || summarizer.summarize(summaryRequest.withAlreadySent(List.of())).isEmpty());
        boolean update = articles.stream().anyMatch(a -> a.seq() <= request.afterSeq());
        long latestSeq = articles.stream().mapToLong(StoryArticleRow::seq).max().orElse(0);
        Topic t = topic.get();
        EventLine line = event.map(e -> EventLines.of(e, t)).orElse(EventLine.NONE);
        List<Statement> statements = event.map(e -> new Statements(t).of(e, articles, rules, language)).orElse(List.of());
        DigestStory story = new DigestStory(storyId, headline.section().title(), best.url(), Optional.ofNullable(date),
                summary.sentences().stream().map(s -> s.text()).toList(), update,
                SourceList.of(articles, rules), why(best), summaryLanguage, titleOnly,
                onlyIn(articles, request.language()), line, statements);
        double score = articles.stream().mapToDouble(StoryArticleRow::score).max().orElse(0);
        return new Ranked(story, score, latestSeq, articles.size());
    }

    private static String languageOf(List<StoryArticleRow> articles, List<StoryArticle> inputs) {
        String title = inputs.get(0).title();
        for (StoryArticleRow a : articles) {
            for (Section s : a.sections()) {
                if (s.title().equals(title)) {
                    return s.language();
                }
            }
        }
        return articles.get(0).sections().get(0).language();
    }

    /**
     * The one language all the story's articles are in, when the reader asked for the other:
     * the summary then stays in it, and says so.
     */
    private static String onlyIn(List<StoryArticleRow> articles, String wanted) {
        if (wanted.equals("source") || articles.stream().anyMatch(a -> a.has(wanted))) {
            return "";
        }
        List<String> languages = articles.stream().flatMap(a -> a.sections().stream()).map(Section::language)
                .filter(l -> l.equals("zh") || l.equals("en")).distinct().toList();
        return languages.size() == 1 ? languages.get(0) : "";
    }

    private static String why(StoryArticleRow best) {
        if (best.reasons().isEmpty()) {
            return "";
        }
        String r = best.reasons().get(0);
        return r.length() <= WHY_CHARS ? r : r.substring(0, WHY_CHARS - 1) + "…";
    }

    private static List<StoryArticleRow> articles(Connection c, long storyId) throws SQLException {
        String sql = """
                SELECT a.id, a.seq, a.title, a.url, a.outlet, a.outlet_basis, a.description, a.relevance_score,
                       a.relevance_reasons, COALESCE(a.canonical_id, 0), a.sort_time, s.language, s.title, s.body
                FROM articles a JOIN article_sections s ON s.article_id = a.id
                WHERE a.event_id = ? AND a.removed_at IS NULL
                ORDER BY a.sort_time, a.id, s.ordinal""";
        Map<Long, List<String>> files = files(c, storyId);
        Map<Long, Head> heads = new LinkedHashMap<>();
        Map<Long, List<Section>> sections = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    sections.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new Section(rs.getString(12), rs.getString(13), rs.getString(14)));
                    if (!heads.containsKey(id)) {
                        String reasons = rs.getString(9);
                        heads.put(id, new Head(rs.getLong(2), rs.getString(3), rs.getString(4),
                                NamedOutlet.stored(rs.getString(5), rs.getString(6)), rs.getString(7), rs.getDouble(8),
                                reasons.isEmpty() ? List.of() : List.of(reasons.split("\n")), rs.getLong(10),
                                rs.getLong(11)));
                    }
                }
            }
        }
        List<StoryArticleRow> rows = new ArrayList<>();
        heads.forEach((id, h) -> {
            List<String> paths = files.getOrDefault(id, List.of());
            rows.add(new StoryArticleRow(id, h.seq, h.title, h.url, h.named, h.description, h.score, h.reasons,
                    h.canonicalId, h.sortTime, sections.get(id), paths.isEmpty() ? "" : paths.get(0), paths));
        });
        return rows;
    }

    /** The article columns of a row, before its sections are all read. */
    private record Head(long seq, String title, String url, NamedOutlet named, String description, double score,
                        List<String> reasons, long canonicalId, long sortTime) {
    }

    /** Each article's files, its primary (first non-duplicate) first. */
    private static Map<Long, List<String>> files(Connection c, long storyId) throws SQLException {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT f.article_id, f.path FROM article_files f JOIN articles a ON a.id = f.article_id
                WHERE a.event_id = ? AND a.removed_at IS NULL ORDER BY f.article_id, f.duplicate, f.path""")) {
            ps.setLong(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

}
