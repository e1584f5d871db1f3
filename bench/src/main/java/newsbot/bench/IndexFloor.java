package newsbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import newsbot.core.parse.Section;
import newsbot.core.search.ArticleTerms;
import newsbot.core.search.SearchIndex;
import newsbot.core.store.Database;

/**
 * The full-text index's share of a cold ingest: the FTS5 writes alone of every stored article's
 * terms, analyzed beforehand (untimed) exactly as ingest analyzes them, into an empty database,
 * committed in batches of {@value #BATCH} articles as an ingest commits them.
 */
final class IndexFloor {
    private static final int BATCH = 250;

    private IndexFloor() {
    }

    /** Milliseconds spent writing the index of what {@code ingested} holds into a fresh database at {@code scratch}. */
    static double millis(Path ingested, Path scratch) throws Exception {
        long nanos = 0;
        ArticleTerms terms = new ArticleTerms();
        try (Database source = Database.open(ingested); Database target = Database.open(scratch);
             Connection in = source.connect(); Connection out = target.connect();
             PreparedStatement st = in.prepareStatement("""
                     SELECT a.id, a.title, a.relevant, s.language, s.title, s.body
                     FROM articles a JOIN article_sections s ON s.article_id = a.id
                     WHERE a.removed_at IS NULL ORDER BY a.id, s.ordinal""");
             ResultSet rs = st.executeQuery()) {
            out.setAutoCommit(false);
            SearchIndex index = new SearchIndex(out);
            long current = -1;
            String title = null;
            boolean relevant = false;
            List<Section> sections = new ArrayList<>();
            int staged = 0;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != current && current != -1) {
                    index.stage(current, terms.of(title, sections), relevant, true);
                    sections.clear();
                    if (++staged % BATCH == 0) {
                        nanos += flush(index, out);
                    }
                }
                current = id;
                title = rs.getString(2);
                relevant = rs.getInt(3) == 1;
                sections.add(new Section(rs.getString(4), rs.getString(5), rs.getString(6)));
            }
            if (current != -1) {
                index.stage(current, terms.of(title, sections), relevant, true);
            }
            nanos += flush(index, out);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(scratch.resolveSibling(scratch.getFileName() + suffix));
            }
        }
        return nanos / 1e6;
    }

    private static long flush(SearchIndex index, Connection out) throws Exception {
        long t0 = System.nanoTime();
        index.flush();
        out.commit();
        return System.nanoTime() - t0;
    }
}
