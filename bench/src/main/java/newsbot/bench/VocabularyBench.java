package newsbot.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import newsbot.core.topic.Topic;
import newsbot.core.topic.VocabularyMiner;

/**
 * What the topic's and glossary's names miss in an ingested corpus, for review before editing them: Chinese forms
 * no article holds, transliterations of the topic's people that the topic lacks, longer names that hold a
 * person's short Chinese name (candidates for the topic's {@code not} list), and name pairs (科林·卡尔（Colin Kahl）)
 * for the glossary, as entries to review and paste.
 *
 * <pre>java -jar bench/target/newsbot-bench.jar vocabulary DB [--topic FILE]</pre>
 */
final class VocabularyBench {
    private VocabularyBench() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path topicFile = Path.of("config", "topics", "us-china-military.yml");
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--topic")) {
                topicFile = Path.of(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        VocabularyMiner miner = new VocabularyMiner(Topic.load(topicFile));
        int articles = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement st = c.prepareStatement("""
                     SELECT a.title, group_concat(s.body, char(10)) FROM articles a
                     LEFT JOIN article_sections s ON s.article_id = a.id
                     WHERE a.removed_at IS NULL GROUP BY a.id""");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                miner.add(rs.getString(1) + "\n" + (rs.getString(2) == null ? "" : rs.getString(2)));
                articles++;
            }
        }
        VocabularyMiner.Report r = miner.report();
        System.out.printf(Locale.ROOT, "%d articles read%n", articles);
        print("Chinese forms no article holds", r.unseen(), false);
        print("Transliterations of the topic's people that the topic lacks (review, then add the real ones)",
                r.transliterations(), true);
        print("Longer names holding a person's short Chinese name (someone else? add to the topic's not list)",
                r.longerNames(), true);
        System.out.printf(Locale.ROOT, "%nName pairs in articles on the topic's ground that the glossary lacks, most military first: %d%n"
                + "(review each against its source, add a `src` and the short forms you want searched, then paste)%n",
                r.pairs().size());
        for (VocabularyMiner.Pair p : r.pairs()) {
            String entry = p.known().isEmpty()
                    ? "- {en: [%s], zh: [%s], kind: person}".formatted(p.en(), p.zh())
                    : "add zh %s to the entry of %s".formatted(p.zh(), p.known());
            System.out.printf(Locale.ROOT, "  %-60s # %d articles, up to %d known things: %s%n", entry, p.count(), p.ground(),
                    String.join("  |  ", p.examples()));
        }
    }

    private static void print(String title, List<VocabularyMiner.Seen> seen, boolean examples) {
        System.out.printf(Locale.ROOT, "%n%s: %d%n", title, seen.size());
        for (VocabularyMiner.Seen s : seen) {
            System.out.printf(Locale.ROOT, "  %-14s %-34s %4s  %s%n", s.text(), s.forWhom(),
                    s.count() == 0 ? "" : String.valueOf(s.count()), examples ? String.join("  |  ", s.examples()) : "");
        }
    }
}
