package newsbot.core.story;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Folds near-duplicates into one article and groups relevant articles into stories, for every
 * article not grouped yet, in ingest order. Works in the caller's connection; one transaction.
 *
 * <p>Two articles report the same event when they are dated within {@link #SAME_EVENT_DAYS} days
 * of each other and are about the same people (the topic's person entities they mention most),
 * or, in the same language, have near-identical titles. An event a few days later with the
 * same people is a new story.
 */
public final class StoryBuilder {
    static final int SAME_EVENT_DAYS = 2;

    private final Set<String> personIds;

    /** @param personIds the topic's people and offices (a defence minister, a chief of staff): the actors that tell one event from another */
    public StoryBuilder(Set<String> personIds) {
        this.personIds = Set.copyOf(personIds);
    }

    /** @return how many articles were grouped */
    public int update(Connection c, Instant now) throws SQLException {
        Grouping g = Grouping.load(c, personIds);
        List<Grouping.Item> pending = g.ungrouped();
        if (pending.isEmpty()) {
            return 0;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement setArticle = c.prepareStatement(
                "UPDATE articles SET canonical_id = ?, story_id = ?, grouped = 1 WHERE id = ?");
             PreparedStatement newStory = c.prepareStatement("""
                     INSERT INTO stories (headline, event_date, actors, created_seq, updated_seq, created)
                     VALUES (?, ?, ?, ?, ?, ?) RETURNING id""");
             PreparedStatement touchStory = c.prepareStatement(
                     "UPDATE stories SET updated_seq = max(updated_seq, ?) WHERE id = ?")) {
            for (Grouping.Item a : pending) {
                Grouping.Item original = g.nearDuplicateOf(a);
                Long story = null;
                if (original != null) {
                    story = original.story;
                } else if (a.relevant) {
                    Grouping.StoryRef s = g.sameEvent(a);
                    if (s == null) {
                        newStory.setString(1, a.title);
                        newStory.setString(2, a.date.toString());
                        newStory.setString(3, String.join(" ", a.actors));
                        newStory.setLong(4, a.seq);
                        newStory.setLong(5, a.seq);
                        newStory.setString(6, now.toString());
                        try (ResultSet rs = newStory.executeQuery()) {
                            rs.next();
                            s = g.addStory(rs.getLong(1), a);
                        }
                    }
                    story = s.id;
                }
                if (story != null) {
                    touchStory.setLong(1, a.seq);
                    touchStory.setLong(2, story);
                    touchStory.executeUpdate();
                }
                a.story = story;
                a.canonical = original == null ? null : original.id;
                g.markGrouped(a);
                if (a.canonical == null) {
                    setArticle.setNull(1, java.sql.Types.INTEGER);
                } else {
                    setArticle.setLong(1, a.canonical);
                }
                if (story == null) {
                    setArticle.setNull(2, java.sql.Types.INTEGER);
                } else {
                    setArticle.setLong(2, story);
                }
                setArticle.setLong(3, a.id);
                setArticle.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return pending.size();
    }

    /** The local date an article reports: its own publication date in its own offset, else its file date in UTC. */
    static LocalDate dateOf(String published, long sortTime) {
        if (published != null) {
            return OffsetDateTime.parse(published).toLocalDate();
        }
        return Instant.ofEpochMilli(sortTime).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
