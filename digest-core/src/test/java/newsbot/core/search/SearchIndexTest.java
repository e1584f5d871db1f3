package newsbot.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path dir;

    @Test
    void ftsKeepsEveryBigramAsOneToken() throws Exception {
        try (TestDb db = new TestDb(dir)) {
            db.add("董军会见奥斯汀", "两军 talks");
            List<String> vocabulary = new ArrayList<>();
            try (Statement st = db.connection().createStatement()) {
                st.executeUpdate("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, article_search, 'row')");
                try (ResultSet rs = st.executeQuery("SELECT term FROM vocab")) {
                    while (rs.next()) {
                        vocabulary.add(rs.getString(1));
                    }
                }
            }

            assertThat(vocabulary).containsExactlyInAnyOrder("董军", "军会", "会见", "见奥", "奥斯", "斯汀", "两军", "talk");
        }
    }
}
