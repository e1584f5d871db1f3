package newsbot.core.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import newsbot.core.digest.Digest;
import newsbot.core.digest.DigestComposer;
import newsbot.core.digest.DigestRequest;
import newsbot.core.digest.DigestStory;
import newsbot.core.event.SqliteEventStore;
import newsbot.core.store.Database;
import newsbot.core.store.Dialect;
import newsbot.core.store.StoreException;

/**
 * {@link DeliveryStore} in the database. Composing takes the write lock first ({@link Database#beginExclusive}), so the
 * digest, the outbox entry, the sent sentences and the watermark are one snapshot and one commit: a crash leaves
 * either all of them or none.
 */
public final class SqliteDeliveryStore implements DeliveryStore {
    private final Database db;
    private final DigestComposer composer;

    public SqliteDeliveryStore(Database db, DigestComposer composer) {
        this.db = db;
        this.composer = composer;
    }

    @Override
    public void syncConfig(List<SubscriptionSpec> config, Instant now) throws StoreException {
        inWriteTransaction("syncing configured subscriptions", c -> {
            Map<String, StoredSubscription> stored = new HashMap<>();
            for (StoredSubscription s : subscriptions(c)) {
                stored.put(s.subscriber(), s);
            }
            Set<String> wanted = config.stream().map(SubscriptionSpec::subscriber).collect(Collectors.toSet());
            for (StoredSubscription s : stored.values()) {
                if (s.spec().origin() == SubscriptionSpec.Origin.CONFIG && !wanted.contains(s.subscriber())) {
                    delete(c, s.subscriber());
                }
            }
            for (SubscriptionSpec spec : config) {
                StoredSubscription old = stored.get(spec.subscriber());
                if (old == null) {
                    insert(c, spec, now);
                } else if (!old.spec().equals(spec)) {
                    update(c, spec);
                }
            }
            return null;
        });
    }

    @Override
    public void putChatSubscription(SubscriptionSpec spec, Instant now) throws StoreException {
        inWriteTransaction("storing a subscription", c -> {
            if (subscription(c, spec.subscriber()).isPresent()) {
                update(c, spec);
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE subscriptions SET paused_reason = NULL, paused_at = NULL WHERE subscriber = ?")) {
                    ps.setString(1, spec.subscriber());
                    ps.executeUpdate();
                }
            } else {
                insert(c, spec, now);
            }
            return null;
        });
    }

    @Override
    public boolean remove(String subscriber) throws StoreException {
        return inWriteTransaction("removing a subscription", c -> delete(c, subscriber));
    }

    @Override
    public List<StoredSubscription> subscriptions() throws StoreException {
        try (Connection c = db.connect()) {
            return subscriptions(c);
        } catch (SQLException e) {
            throw failure("reading subscriptions", e);
        }
    }

    @Override
    public Optional<StoredSubscription> subscription(String subscriber) throws StoreException {
        try (Connection c = db.connect()) {
            return subscription(c, subscriber);
        } catch (SQLException e) {
            throw failure("reading a subscription", e);
        }
    }

    @Override
    public Enqueued compose(String subscriber, Instant fireTime, DigestRendering rendering, Instant now)
            throws StoreException {
        return inWriteTransaction("composing the digest for " + subscriber, c -> {
            Optional<StoredSubscription> found = subscription(c, subscriber);
            long[] mark = watermark(c, subscriber);
            if (found.isEmpty() || found.get().paused()) {
                return new Enqueued(Optional.empty(), 0, 0, mark[0], true);
            }
            StoredSubscription sub = found.get();
            if (!fireTime.isAfter(sub.lastFire())) {
                return new Enqueued(Optional.empty(), 0, 0, mark[0], true); // composed before: one digest per fire
            }
            long upTo = Math.max(mark[0], groupedHighWater(c));
            Optional<Instant> since = mark[1] > 0 ? Optional.of(Instant.ofEpochMilli(mark[1])) : Optional.empty();
            DigestRequest request = new DigestRequest(mark[0], upTo, Optional.empty(), sub.spec().language(), since);
            Map<Long, List<String>> sent = sentSentences(c, subscriber);
            Digest digest = composer.compose(c, request, story -> sent.getOrDefault(story, List.of()), now);
            List<String> parts = rendering.render(digest, sub.spec());
            Optional<Long> outboxId = Optional.empty();
            if (!parts.isEmpty()) {
                outboxId = Optional.of(insertOutbox(c, sub.spec(), fireTime, parts, now));
            }
            recordSent(c, subscriber, digest);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO watermarks (subscriber, seq, since) VALUES (?, ?, ?)
                    ON CONFLICT (subscriber) DO UPDATE SET seq = excluded.seq, since = excluded.since""")) {
                ps.setString(1, subscriber);
                ps.setLong(2, upTo);
                ps.setLong(3, fireTime.toEpochMilli());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE subscriptions SET last_fire = ? WHERE subscriber = ?")) {
                ps.setLong(1, fireTime.toEpochMilli());
                ps.setString(2, subscriber);
                ps.executeUpdate();
            }
            return new Enqueued(outboxId, digest.stories().size(), parts.size(), upTo, false);
        });
    }

    @Override
    public Optional<Claim> claim(String subscriber, boolean wait) throws StoreException {
        if (db.dialect() != Dialect.POSTGRESQL) {
            return Optional.of(() -> { });
        }
        try {
            Connection c = db.connect();
            try {
                try (PreparedStatement lane = c.prepareStatement(
                        "INSERT INTO outbox_senders (subscriber) VALUES (?) ON CONFLICT DO NOTHING")) {
                    lane.setString(1, subscriber);
                    lane.executeUpdate();
                }
                c.setAutoCommit(false);
                try (PreparedStatement lock = c.prepareStatement("SELECT subscriber FROM outbox_senders WHERE subscriber = ?"
                        + (wait ? " FOR UPDATE" : " FOR UPDATE SKIP LOCKED"))) {
                    lock.setString(1, subscriber);
                    try (ResultSet rs = lock.executeQuery()) {
                        if (rs.next()) {
                            return Optional.of(() -> release(c));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                release(c);
                throw e;
            }
            release(c);
            return Optional.empty();
        } catch (SQLException e) {
            throw failure("claiming the outbox of " + subscriber, e);
        }
    }

    private static void release(Connection c) {
        try (c) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            // closing the connection ends the transaction, and its lock with it
        }
    }

    @Override
    public List<PendingDigest> pending(String subscriber) throws StoreException {
        try (Connection c = db.connect()) {
            List<PendingDigest> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, subscriber, platform, chat, fire_time, part_count, attempts, next_part, next_attempt FROM outbox
                    WHERE subscriber = ? AND status = 'pending' ORDER BY id""")) {
                ps.setString(1, subscriber);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        out.add(new PendingDigest(id, rs.getString(2), rs.getString(3), rs.getString(4),
                                Instant.ofEpochMilli(rs.getLong(5)), rs.getInt(6), rs.getInt(7), Instant.ofEpochMilli(rs.getLong(9)),
                                unsentParts(c, id, rs.getInt(8))));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("reading the outbox", e);
        }
    }

    @Override
    public List<String> subscribersDue(Instant now) throws StoreException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("""
                SELECT DISTINCT subscriber FROM outbox WHERE status = 'pending' AND next_attempt <= ? ORDER BY subscriber""")) {
            ps.setLong(1, now.toEpochMilli());
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("reading the outbox", e);
        }
    }

    @Override
    public void markSent(long outboxId, int ordinal, Instant now) throws StoreException {
        inWriteTransaction("marking a message sent", c -> {
            try (PreparedStatement part = c.prepareStatement(
                    "UPDATE outbox_parts SET sent_at = ? WHERE outbox_id = ? AND ordinal = ?");
                 PreparedStatement box = c.prepareStatement("""
                         UPDATE outbox SET next_part = ? + 1, attempts = 0, last_error = NULL,
                                status = CASE WHEN ? + 1 >= part_count THEN 'sent' ELSE status END
                         WHERE id = ?""")) {
                part.setString(1, now.toString());
                part.setLong(2, outboxId);
                part.setInt(3, ordinal);
                part.executeUpdate();
                box.setInt(1, ordinal);
                box.setInt(2, ordinal);
                box.setLong(3, outboxId);
                box.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void retryLater(long outboxId, String reason, Instant notBefore) throws StoreException {
        inWriteTransaction("rescheduling a delivery", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt = ? WHERE id = ?")) {
                ps.setString(1, reason);
                ps.setLong(2, notBefore.toEpochMilli());
                ps.setLong(3, outboxId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void pause(long outboxId, String subscriber, String reason, Instant now) throws StoreException {
        inWriteTransaction("pausing " + subscriber, c -> {
            try (PreparedStatement box = c.prepareStatement("""
                    UPDATE outbox SET status = 'failed', last_error = ? WHERE subscriber = ? AND status = 'pending'""");
                 PreparedStatement sub = c.prepareStatement(
                         "UPDATE subscriptions SET paused_reason = ?, paused_at = ? WHERE subscriber = ?")) {
                box.setString(1, reason);
                box.setString(2, subscriber);
                box.executeUpdate();
                sub.setString(1, reason);
                sub.setString(2, now.toString());
                sub.setString(3, subscriber);
                sub.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public OutboxCounts counts() throws StoreException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT count(CASE WHEN status = 'pending' THEN 1 END), count(CASE WHEN status = 'sent' THEN 1 END),
                       count(CASE WHEN status = 'failed' THEN 1 END) FROM outbox""")) {
            rs.next();
            return new OutboxCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3));
        } catch (SQLException e) {
            throw failure("counting the outbox", e);
        }
    }

    // ---- inside a transaction --------------------------------------------------------------------------------

    /**
     * The highest sequence number below which every served article has been grouped into stories: articles are
     * committed by the ingest before they are grouped, and a digest must not step over one still ungrouped.
     */
    private static long groupedHighWater(Connection c) throws SQLException {
        return SqliteEventStore.groupedThrough(c);
    }

    /** {seq, since epoch ms (0 for never)}. */
    private static long[] watermark(Connection c, String subscriber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, since FROM watermarks WHERE subscriber = ?")) {
            ps.setString(1, subscriber);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[] {0, 0};
            }
        }
    }

    /** What the subscriber was sent, by the event id each sentence's story has now (merged ids resolved). */
    private static Map<Long, List<String>> sentSentences(Connection c, String subscriber) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        Map<Long, Long> current = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT event_id, sentence FROM sent_sentences WHERE subscriber = ?")) {
            ps.setString(1, subscriber);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Long now = current.get(id);
                    if (now == null) {
                        now = SqliteEventStore.resolve(c, id);
                        current.put(id, now);
                    }
                    out.computeIfAbsent(now, k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    private static void recordSent(Connection c, String subscriber, Digest digest) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sent_sentences (subscriber, event_id, sentence) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (DigestStory story : digest.stories()) {
                for (String sentence : story.summary()) {
                    ps.setString(1, subscriber);
                    ps.setLong(2, story.storyId());
                    ps.setString(3, sentence);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static long insertOutbox(Connection c, SubscriptionSpec s, Instant fireTime, List<String> parts,
                                     Instant now) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO outbox (subscriber, platform, chat, fire_time, created, part_count)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")) {
            ps.setString(1, s.subscriber());
            ps.setString(2, s.platform());
            ps.setString(3, s.chat());
            ps.setLong(4, fireTime.toEpochMilli());
            ps.setString(5, now.toString());
            ps.setInt(6, parts.size());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox_parts (outbox_id, ordinal, body) VALUES (?, ?, ?)")) {
            for (int i = 0; i < parts.size(); i++) {
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setString(3, parts.get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    private static List<PendingDigest.Part> unsentParts(Connection c, long id, int nextPart) throws SQLException {
        List<PendingDigest.Part> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT ordinal, body FROM outbox_parts WHERE outbox_id = ? AND ordinal >= ? ORDER BY ordinal")) {
            ps.setLong(1, id);
            ps.setInt(2, nextPart);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PendingDigest.Part(rs.getInt(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    private static void insert(Connection c, SubscriptionSpec s, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO subscriptions (subscriber, platform, chat, cron, zone, language, when_empty, topic, origin,
                                           created, last_fire, chart)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, s.subscriber());
            ps.setString(2, s.platform());
            ps.setString(3, s.chat());
            ps.setString(4, s.cron());
            ps.setString(5, s.zone());
            ps.setString(6, s.language());
            ps.setString(7, s.whenEmpty());
            ps.setString(8, s.topic().orElse(null));
            ps.setString(9, s.origin().name().toLowerCase(java.util.Locale.ROOT));
            ps.setString(10, now.toString());
            ps.setLong(11, now.toEpochMilli());
            ps.setInt(12, s.chart() ? 1 : 0);
            ps.executeUpdate();
        }
        // A new subscriber starts from what is ingested after it subscribed; a returning one keeps its watermark.
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO watermarks (subscriber, seq, since) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            ps.setString(1, s.subscriber());
            ps.setLong(2, groupedHighWater(c));
            ps.setLong(3, now.toEpochMilli());
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, SubscriptionSpec s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE subscriptions SET platform = ?, chat = ?, cron = ?, zone = ?, language = ?, when_empty = ?,
                                         topic = ?, origin = ?, chart = ?
                WHERE subscriber = ?""")) {
            ps.setString(1, s.platform());
            ps.setString(2, s.chat());
            ps.setString(3, s.cron());
            ps.setString(4, s.zone());
            ps.setString(5, s.language());
            ps.setString(6, s.whenEmpty());
            ps.setString(7, s.topic().orElse(null));
            ps.setString(8, s.origin().name().toLowerCase(java.util.Locale.ROOT));
            ps.setInt(9, s.chart() ? 1 : 0);
            ps.setString(10, s.subscriber());
            ps.executeUpdate();
        }
    }

    private static boolean delete(Connection c, String subscriber) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM subscriptions WHERE subscriber = ?")) {
            ps.setString(1, subscriber);
            return ps.executeUpdate() > 0;
        }
    }

    private static List<StoredSubscription> subscriptions(Connection c) throws SQLException {
        return query(c, "SELECT * FROM subscriptions ORDER BY subscriber", null);
    }

    private static Optional<StoredSubscription> subscription(Connection c, String subscriber) throws SQLException {
        return query(c, "SELECT * FROM subscriptions WHERE subscriber = ?", subscriber).stream().findFirst();
    }

    private static List<StoredSubscription> query(Connection c, String sql, String arg) throws SQLException {
        Map<String, StoredSubscription> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    SubscriptionSpec spec = new SubscriptionSpec(rs.getString("subscriber"), rs.getString("platform"),
                            rs.getString("chat"), rs.getString("cron"), rs.getString("zone"), rs.getString("language"),
                            rs.getString("when_empty"), Optional.ofNullable(rs.getString("topic")),
                            SubscriptionSpec.Origin.valueOf(rs.getString("origin").toUpperCase(java.util.Locale.ROOT)),
                            rs.getInt("chart") != 0);
                    out.put(spec.subscriber(), new StoredSubscription(spec, Instant.ofEpochMilli(rs.getLong("last_fire")),
                            Optional.ofNullable(rs.getString("paused_reason"))));
                }
            }
        }
        return List.copyOf(out.values());
    }

    // ---- plumbing --------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException, StoreException;
    }

    /** Runs {@code work} holding the database's write lock from the start, so that what it reads is what it writes over. */
    private <T> T inWriteTransaction(String what, Work<T> work) throws StoreException {
        try (Connection c = db.connect()) {
            db.beginExclusive(c);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | StoreException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(what + " failed in " + db + ": " + e.getMessage(), e);
    }
}
