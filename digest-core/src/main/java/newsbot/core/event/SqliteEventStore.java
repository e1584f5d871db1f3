package newsbot.core.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbot.core.source.NamedOutlet;
import newsbot.core.source.SourceFacts;
import newsbot.core.source.SourceRules;
import java.util.Set;
import newsbot.core.dedup.NearDuplicates;
import newsbot.core.parse.Section;
import newsbot.core.topic.EventKind;
import newsbot.core.topic.Topic;

/**
 * Events in the SQLite file: the only owner of grouping state (the {@code events} table with its aliases, each
 * article's {@code event_id} and placement, and the marks saying how far grouping got). Regrouping runs over the
 * whole set of relevant articles, in one transaction, and only when something it depends on changed.
 */
public final class SqliteEventStore {
    private static final String STATE = "events_state";
    private static final String THROUGH = "events_through_seq";

    private SqliteEventStore() {
    }

    /**
     * Folds near-duplicates of new articles, then, if the relevant articles or the topic changed since the last
     * run, groups every relevant article into events afresh, keeping ids stable ({@link EventIds}). Commits.
     */
    public static GroupingReport regroup(Connection c, Topic topic, String topicVersion, Instant now)
            throws SQLException {
        long started = System.nanoTime();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            // Take the write lock before reading. A deferred transaction that reads, computes and then writes fails
            // at once with SQLITE_BUSY (no busy wait) when a digest commits in between: its snapshot is stale.
            try (java.sql.Statement lock = c.createStatement()) {
                lock.executeUpdate("UPDATE meta SET value = value WHERE 1 = 0");
            }
            int compared = NearDuplicates.fold(c);
            long maxSeq = single(c, "SELECT coalesce(max(seq), 0) FROM articles");
            String state = state(c, topicVersion);
            if (state.equals(meta(c, STATE).orElse(""))) {
                setMeta(c, THROUGH, Long.toString(maxSeq));
                c.commit();
                return new GroupingReport(compared, false, 0, 0, 0, millisSince(started));
            }
            Loaded loaded = load(c);
            EvidenceReader reader = new EvidenceReader(topic);
            List<Evidence> evidence = new ArrayList<>();
            for (GroupedArticle a : loaded.roots) {
                evidence.add(reader.read(a));
            }
            List<Cluster> clusters = new EventClusterer(topic.eventWindowDays()).cluster(evidence);
            List<Set<Long>> memberSets = new ArrayList<>();
            Map<Long, Long> previous = new HashMap<>();
            for (Cluster cl : clusters) {
                Set<Long> ids = new LinkedHashSet<>();
                for (Evidence e : cl.members()) {
                    ids.add(e.id());
                    if (e.article().event() != 0) {
                        previous.put(e.id(), e.article().event());
                    }
                }
                memberSets.add(ids);
            }
            EventIds.Assignment assignment = EventIds.assign(memberSets, previous);
            write(c, clusters, assignment, loaded, topic.eventKinds(), now);
            setMeta(c, STATE, state);
            setMeta(c, THROUGH, Long.toString(maxSeq));
            c.commit();
            return new GroupingReport(compared, true, evidence.size(), clusters.size(), assignment.merged().size(),
                    millisSince(started));
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * The highest ingest sequence number up to which every article has been grouped: a digest must not step over
     * an article that is stored but not yet placed in its event.
     */
    public static long groupedThrough(Connection c) throws SQLException {
        return meta(c, THROUGH).map(Long::parseLong).orElse(0L);
    }

    /** The id {@code id} stands for now: itself, or the event it was merged into. */
    public static long resolve(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT merged_into FROM events WHERE id = ?")) {
            long current = id;
            for (int hops = 0; hops < 64; hops++) {
                ps.setLong(1, current);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return current;
                    }
                    long into = rs.getLong(1);
                    if (rs.wasNull()) {
                        return current;
                    }
                    current = into;
                }
            }
            return current;
        }
    }

    /** Every event with served articles, newest event first. */
    public static List<Event> events(Connection c) throws SQLException {
        return events(c, SourceRules.NONE);
    }

    /** Every event with served articles, newest event first; members' outlets named by the sources: rules. */
    public static List<Event> events(Connection c, SourceRules sources) throws SQLException {
        return read(c, null, sources);
    }

    /** The event {@code id} names (a merged-away id gives the event it was merged into), if it has articles. */
    public static Optional<Event> event(Connection c, long id) throws SQLException {
        return event(c, id, SourceRules.NONE);
    }

    /** As {@link #event(Connection, long)}, members' outlets named by the sources: rules. */
    public static Optional<Event> event(Connection c, long id, SourceRules sources) throws SQLException {
        List<Event> found = read(c, resolve(c, id), sources);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Events that gained articles in an ingest window, with how many: articles ingested after {@code afterSeq}
     * and up to {@code upToSeq}, published (or filed) at or after {@code sinceMillis}.
     */
    public static Map<Long, Integer> touched(Connection c, long afterSeq, long upToSeq, long sinceMillis)
            throws SQLException {
        Map<Long, Integer> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT event_id, count(*) FROM articles
                WHERE event_id IS NOT NULL AND removed_at IS NULL AND seq > ? AND seq <= ? AND sort_time >= ?
                GROUP BY event_id""")) {
            ps.setLong(1, afterSeq);
            ps.setLong(2, upToSeq);
            ps.setLong(3, sinceMillis);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    // ---- regrouping ------------------------------------------------------------------------------------------

    /** The relevant families (an original and its near-duplicates) and who belongs to which. */
    private record Loaded(List<GroupedArticle> roots, Map<Long, List<Long>> family, Map<Long, Long> seqs) {
    }

    /** Everything grouping depends on, in one line: a rescan that changed none of it regroups nothing. */
    private static String state(Connection c, String topicVersion) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT coalesce(max(seq), 0), count(*), coalesce(sum(id * 7 + coalesce(canonical_id, 0)), 0)
                FROM articles WHERE removed_at IS NULL AND relevant = 1""")) {
            rs.next();
            return topicVersion + "|" + rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getLong(3) + "|"
                    + single(c, "SELECT coalesce(max(seq), 0) FROM articles WHERE removed_at IS NULL");
        }
    }

    private static Loaded load(Connection c) throws SQLException {
        Map<Long, Long> rootOf = new HashMap<>();
        Set<Long> relevantRoots = new HashSet<>();
        Map<Long, Long> seqs = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT a.id, CASE WHEN a.canonical_id IS NOT NULL AND o.removed_at IS NULL THEN a.canonical_id
                                  ELSE a.id END, a.relevant, a.seq
                FROM articles a LEFT JOIN articles o ON o.id = a.canonical_id
                WHERE a.removed_at IS NULL""")) {
            while (rs.next()) {
                rootOf.put(rs.getLong(1), rs.getLong(2));
                seqs.put(rs.getLong(1), rs.getLong(4));
                if (rs.getBoolean(3)) {
                    relevantRoots.add(rs.getLong(2));
                }
            }
        }
        Map<Long, List<Long>> family = new LinkedHashMap<>();
        rootOf.forEach((article, root) -> {
            if (relevantRoots.contains(root)) {
                family.computeIfAbsent(root, k -> new ArrayList<>()).add(article);
            }
        });
        Map<Long, List<Section>> sections = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT s.article_id, s.language, s.title, s.body FROM article_sections s
                JOIN articles a ON a.id = s.article_id
                WHERE a.removed_at IS NULL AND (a.relevant = 1 OR a.canonical_id IS NULL)
                ORDER BY s.article_id, s.ordinal""")) {
            while (rs.next()) {
                if (relevantRoots.contains(rs.getLong(1))) {
                    sections.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Section(rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        List<GroupedArticle> roots = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT a.id, a.content_hash, a.title, a.published, a.sort_time, coalesce(a.event_id, 0)
                FROM articles a WHERE a.removed_at IS NULL""")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (!relevantRoots.contains(id) || !sections.containsKey(id)) {
                    continue;
                }
                roots.add(new GroupedArticle(id, rs.getString(2), rs.getString(3), sections.get(id),
                        localDate(rs.getString(4), rs.getLong(5)), rs.getLong(6)));
            }
        }
        return new Loaded(roots, family, seqs);
    }

    /** The article's own date in its own offset; its file date in UTC when it names none. */
    static LocalDate localDate(String published, long sortTime) {
        if (published != null) {
            return OffsetDateTime.parse(published).toLocalDate();
        }
        return Instant.ofEpochMilli(sortTime).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static void write(Connection c, List<Cluster> clusters, EventIds.Assignment assignment, Loaded loaded,
                              List<EventKind> kinds, Instant now) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE articles SET event_id = NULL, placement = '' WHERE event_id IS NOT NULL");
        }
        try (PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO events (created_seq, updated_seq, created) VALUES (?, ?, ?) RETURNING id");
             PreparedStatement update = c.prepareStatement("""
                     UPDATE events SET merged_into = NULL, updated_seq = ?, kind = ?, event_date = ?, date_precision = ?,
                                       date_source = ?, participants = ?, central_article = ?
                     WHERE id = ?""");
             PreparedStatement member = c.prepareStatement(
                     "UPDATE articles SET event_id = ?, placement = ? WHERE id = ?")) {
            for (int i = 0; i < clusters.size(); i++) {
                Cluster cl = clusters.get(i);
                long minSeq = Long.MAX_VALUE;
                long maxSeq = 0;
                for (Evidence e : cl.members()) {
                    for (long article : loaded.family.get(e.id())) {
                        minSeq = Math.min(minSeq, loaded.seqs.get(article));
                        maxSeq = Math.max(maxSeq, loaded.seqs.get(article));
                    }
                }
                long id = assignment.ids().get(i);
                if (id == 0) {
                    insert.setLong(1, minSeq);
                    insert.setLong(2, maxSeq);
                    insert.setString(3, now.toString());
                    try (ResultSet rs = insert.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                }
                EventSummary s = EventSummary.of(cl, kinds);
                update.setLong(1, maxSeq);
                update.setString(2, s.kind());
                update.setString(3, s.date().date().toString());
                update.setString(4, s.date().precision().name());
                update.setString(5, s.date().source());
                update.setString(6, ParticipantCodec.encode(s.participants()));
                update.setLong(7, cl.central().id());
                update.setLong(8, id);
                update.executeUpdate();
                for (Evidence e : cl.members()) {
                    for (long article : loaded.family.get(e.id())) {
                        member.setLong(1, id);
                        member.setString(2, article == e.id() ? cl.placements().get(e.id())
                                : "the same text as “" + e.article().title() + "”");
                        member.setLong(3, article);
                        member.addBatch();
                    }
                }
            }
            member.executeBatch();
        }
        try (PreparedStatement merge = c.prepareStatement("UPDATE events SET merged_into = ? WHERE id = ? OR merged_into = ?")) {
            for (Map.Entry<Long, Long> m : assignment.merged().entrySet()) {
                merge.setLong(1, m.getValue());
                merge.setLong(2, m.getKey());
                merge.setLong(3, m.getKey());
                merge.executeUpdate();
            }
        }
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    private static List<Event> read(Connection c, Long only, SourceRules sources) throws SQLException {
        Map<Long, List<Event.Member>> members = new LinkedHashMap<>();
        String memberSql = """
                SELECT a.id, a.seq, a.title, a.outlet, a.url, a.canonical_id IS NOT NULL, a.placement, a.event_id,
                       a.outlet_basis
                FROM articles a WHERE a.event_id IS NOT NULL AND a.removed_at IS NULL"""
                + (only == null ? "" : " AND a.event_id = ?") + " ORDER BY a.canonical_id IS NOT NULL, a.sort_time, a.id";
        Map<Long, List<String>> files = files(c, only);
        try (PreparedStatement ps = c.prepareStatement(memberSql)) {
            if (only != null) {
                ps.setLong(1, only);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long article = rs.getLong(1);
                    List<String> paths = files.getOrDefault(article, List.of());
                    String outlet = sources.resolve(new SourceFacts(paths.isEmpty() ? "" : paths.get(0), rs.getString(5),
                            NamedOutlet.stored(rs.getString(4), rs.getString(9)), rs.getString(3))).outlet();
                    members.computeIfAbsent(rs.getLong(8), k -> new ArrayList<>()).add(new Event.Member(article,
                            rs.getLong(2), rs.getString(3), outlet.isBlank() ? Optional.empty() : Optional.of(outlet),
                            rs.getString(5), paths, rs.getBoolean(6),
                            rs.getString(7)));
                }
            }
        }
        List<Event> out = new ArrayList<>();
        String eventSql = """
                SELECT id, kind, event_date, date_precision, date_source, participants, coalesce(central_article, 0),
                       created_seq, updated_seq
                FROM events WHERE merged_into IS NULL""" + (only == null ? "" : " AND id = ?")
                + " ORDER BY event_date DESC, updated_seq DESC, id DESC";
        try (PreparedStatement ps = c.prepareStatement(eventSql)) {
            if (only != null) {
                ps.setLong(1, only);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Event.Member> m = members.get(rs.getLong(1));
                    if (m == null || rs.getString(3).isEmpty()) {
                        continue;
                    }
                    EventDate date = new EventDate(LocalDate.parse(rs.getString(3)),
                            EventDate.Precision.valueOf(rs.getString(4)), rs.getString(5));
                    out.add(new Event(rs.getLong(1), rs.getString(2), date, ParticipantCodec.decode(rs.getString(6)), m,
                            rs.getLong(7), rs.getLong(8), rs.getLong(9)));
                }
            }
        }
        return out;
    }

    /** Each member's files: its primary file first, then byte-identical copies. */
    private static Map<Long, List<String>> files(Connection c, Long only) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        String sql = """
                SELECT f.article_id, f.path FROM article_files f JOIN articles a ON a.id = f.article_id
                WHERE a.event_id IS NOT NULL AND a.removed_at IS NULL""" + (only == null ? "" : " AND a.event_id = ?")
                + " ORDER BY f.article_id, f.duplicate, f.path";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (only != null) {
                ps.setLong(1, only);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    // ---- small helpers ---------------------------------------------------------------------------------------

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Optional<String> meta(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void setMeta(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
