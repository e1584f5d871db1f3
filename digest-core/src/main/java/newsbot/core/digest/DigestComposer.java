package newsbot.core.digest;

import java.net.URI;
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
import newsbot.core.parse.Section;
import newsbot.core.summary.ExtractiveSummarizer;
import newsbot.core.summary.LengthBudget;
import newsbot.core.summary.StoryArticle;
import newsbot.core.summary.Summary;
import newsbot.core.summary.SummaryRequest;

/**
 * Composes a digest: the stories that gained relevant articles, each once, summarised in the
 * reader's language without repeating what the reader was already sent, most important first.
 */
public final class DigestComposer {
    private static final int WHY_CHARS = 160;

    private final ExtractiveSummarizer summarizer;

    public DigestComposer(ExtractiveSummarizer summarizer) {
        this.summarizer = summarizer;
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
                ranked(c, newArticlesByStory.keySet(), request, alreadySent).stream().map(r -> r.story).toList());
    }

    /** The {@code count} stories with the latest event dates, newest first, summarised from all their articles. */
    public Digest latest(Connection c, int count, String language, Instant now) throws SQLException {
        List<Long> ids = SqliteEventStore.events(c).stream().limit(count).map(Event::id).toList();
        DigestRequest request = DigestRequest.all(language);
        List<DigestStory> stories = new ArrayList<>();
        int articles = 0;
        for (long id : ids) {
            Ranked r = story(c, id, request, List.of());
            stories.add(r.story);
            articles += r.articleCount;
        }
        return new Digest(Optional.empty(), now, articles, stories);
    }

    private List<Ranked> ranked(Connection c, java.util.Collection<Long> storyIds, DigestRequest request,
                                Function<Long, List<String>> alreadySent) throws SQLException {
        List<Ranked> ranked = new ArrayList<>();
        for (long storyId : storyIds) {
            ranked.add(story(c, storyId, request, alreadySent.apply(storyId)));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.story.sources().size())
                .thenComparingDouble(r -> -r.score)
                .thenComparing(r -> r.story.date().orElse(LocalDate.MIN), Comparator.reverseOrder())
                .thenComparingLong(r -> -r.latestSeq));
        return ranked;
    }

    private Ranked story(Connection c, long storyId, DigestRequest request, List<String> sent) throws SQLException {
        List<StoryArticleRow> articles = articles(c, storyId);
        Optional<Event> event = SqliteEventStore.event(c, storyId);
        LocalDate date = event.map(e -> e.date().date()).orElse(null);
        long central = event.map(Event::central).orElse(0L);
        // the event's representative article; the best-scored one when it has none
        StoryArticleRow best = articles.stream().filter(a -> a.id() == central).findFirst()
                .orElseGet(() -> articles.stream().filter(a -> !a.copy())
                        .max(Comparator.comparingDouble(StoryArticleRow::score).thenComparingLong(a -> -a.sortTime()))
                        .orElse(articles.get(0)));
        String language = request.language().equals("source") ? best.section("").language() : request.language();
        StoryArticleRow headlineSource = best.has(language) ? best
                : articles.stream().filter(a -> a.has(language)).findFirst().orElse(best);
        String headline = headlineSource.section(language).title();

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
        Summary summary = summarizer.summarize(new SummaryRequest(inputs, summaryLanguage,
                LengthBudget.defaultFor(summaryLanguage), sent));
        boolean update = articles.stream().anyMatch(a -> a.seq() <= request.afterSeq());
        long latestSeq = articles.stream().mapToLong(StoryArticleRow::seq).max().orElse(0);
        DigestStory story = new DigestStory(storyId, headline, Optional.ofNullable(date),
                summary.sentences().stream().map(s -> s.text()).toList(), update, sources(articles), why(best));
        return new Ranked(story, best.score(), latestSeq, articles.size());
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

    private static List<Source> sources(List<StoryArticleRow> articles) {
        Map<String, Source> byOutlet = new LinkedHashMap<>();
        for (StoryArticleRow a : articles) {
            String outlet = a.outlet().isBlank() ? host(a.url()).orElse("unknown outlet") : a.outlet();
            Source existing = byOutlet.get(outlet);
            if (existing == null || (existing.url().isEmpty() && !a.url().isEmpty())) {
                byOutlet.put(outlet, new Source(outlet, a.url(), a.title()));
            }
        }
        return List.copyOf(byOutlet.values());
    }

    private static Optional<String> host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? Optional.empty() : Optional.of(h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
                SELECT a.id, a.seq, a.title, a.url, a.outlet, a.description, a.relevance_score, a.relevance_reasons,
                       a.canonical_id IS NOT NULL, a.sort_time, s.language, s.title, s.body
                FROM articles a JOIN article_sections s ON s.article_id = a.id
                WHERE a.event_id = ? AND a.removed_at IS NULL
                ORDER BY a.sort_time, a.id, s.ordinal""";
        Map<Long, StoryArticleRow> rows = new LinkedHashMap<>();
        Map<Long, List<Section>> sections = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, storyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    List<Section> list = sections.computeIfAbsent(id, k -> new ArrayList<>());
                    list.add(new Section(rs.getString(11), rs.getString(12), rs.getString(13)));
                    if (!rows.containsKey(id)) {
                        String reasons = rs.getString(8);
                        rows.put(id, new StoryArticleRow(id, rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getDouble(7),
                                reasons.isEmpty() ? List.of() : List.of(reasons.split("\n")), rs.getInt(9) != 0,
                                rs.getLong(10), list));
                    }
                }
            }
        }
        return List.copyOf(rows.values());
    }

    private record Ranked(DigestStory story, double score, long latestSeq, int articleCount) {
    }
}
