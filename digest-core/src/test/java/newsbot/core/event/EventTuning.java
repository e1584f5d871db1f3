package newsbot.core.event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.*;
import newsbot.core.parse.Section;
import newsbot.core.topic.Topic;

/** Scratch: clusters the relevant articles of an ingested database and scores against stories.tsv. */
public final class EventTuning {
    static void score(String name, Map<String, String> gold, Map<String, Integer> pred) {
        List<String> lab = gold.keySet().stream().filter(pred::containsKey).sorted().toList();
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < lab.size(); i++) for (int j = i + 1; j < lab.size(); j++) {
            boolean sg = gold.get(lab.get(i)).equals(gold.get(lab.get(j)));
            boolean sp = pred.get(lab.get(i)).equals(pred.get(lab.get(j)));
            if (sg && sp) tp++; if (sp && !sg) fp++; if (sg && !sp) fn++;
            if (System.getenv("ERRS") != null && (sg != sp)) System.out.println((sg ? "FN " : "FP ") + lab.get(i) + " ~ " + lab.get(j));
        }
        System.out.printf("%s: placed %d/%d; pairwise P=%.2f R=%.2f (tp %d fp %d fn %d)%n", name, lab.size(), gold.size(),
                tp / Math.max(1.0, tp + fp), tp / Math.max(1.0, tp + fn), tp, fp, fn);
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Topic topic = Topic.load(Path.of(args[1]));
        Path labels = Path.of(args[2]);
        double threshold = args.length > 3 ? Double.parseDouble(args[3]) : EventClusterer.THRESHOLD;
        Map<Long, List<String>> files = new HashMap<>();
        Map<Long, Long> canonical = new HashMap<>();
        Map<Long, GroupedArticle> arts = new LinkedHashMap<>();
        Set<Long> relevantFamilies = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT path, article_id FROM article_files")) {
                while (rs.next()) files.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT id, canonical_id, relevant FROM articles WHERE removed_at IS NULL")) {
                while (rs.next()) {
                    long id = rs.getLong(1); long can = rs.getLong(2); boolean isCopy = !rs.wasNull();
                    if (isCopy) canonical.put(id, can);
                    if (rs.getInt(3) != 0) relevantFamilies.add(isCopy ? can : id);
                }
            }
            Map<Long, List<Section>> sections = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT article_id, language, title, body FROM article_sections ORDER BY article_id, ordinal")) {
                while (rs.next()) sections.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Section(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
            try (ResultSet rs = st.executeQuery("SELECT id, content_hash, title, published, sort_time FROM articles WHERE removed_at IS NULL AND canonical_id IS NULL")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (!relevantFamilies.contains(id)) continue;
                    String pub = rs.getString(4);
                    LocalDate d = pub != null ? OffsetDateTime.parse(pub).toLocalDate()
                            : java.time.Instant.ofEpochMilli(rs.getLong(5)).atOffset(java.time.ZoneOffset.UTC).toLocalDate();
                    arts.put(id, new GroupedArticle(id, rs.getString(2), rs.getString(3), sections.get(id), d,
                            files.getOrDefault(id, List.of("?")).get(0), 0));
                }
            }
        }
        EvidenceReader reader = new EvidenceReader(topic);
        List<Evidence> ev = new ArrayList<>();
        for (GroupedArticle a : arts.values()) ev.add(reader.read(a));
        if (System.getenv("PAIRS") != null) {
            Similarity sim = new Similarity(ev, topic.eventWindowDays());
            for (String pair : System.getenv("PAIRS").split(";")) {
                String[] ab = pair.split("\\|");
                for (int i = 0; i < ev.size(); i++) for (int j = 0; j < ev.size(); j++) {
                    if (i != j && ev.get(i).article().title().contains(ab[0]) && ev.get(j).article().title().contains(ab[1])) {
                        Link l = sim.link(i, j);
                        System.out.printf("%s | %s -> %.3f %s %s%n", ev.get(i).article().title(), ev.get(j).article().title(), l.score(), l.blocked(), l.reasons());
                        System.out.println("    " + ev.get(i).participants().values() + "\n    " + ev.get(j).participants().values());
                    }
                }
            }
        }
        List<Cluster> clusters = new EventClusterer(topic.eventWindowDays(), threshold).cluster(ev);
        Map<String, Integer> pred = new HashMap<>();
        int k = 0;
        for (Cluster cl : clusters) {
            k++;
            for (Evidence e : cl.members()) {
                for (Map.Entry<Long, List<String>> f : files.entrySet()) {
                    long fam = canonical.getOrDefault(f.getKey(), f.getKey());
                    if (fam == e.id()) for (String p : f.getValue()) pred.put(p, k);
                }
            }
        }
        Map<String, String> gold = new HashMap<>();
        for (String line : Files.readAllLines(labels.resolve("stories.tsv")).subList(1, Files.readAllLines(labels.resolve("stories.tsv")).size())) {
            String[] p = line.split("\t");
            gold.put(p[3], p[0]);
        }
        boolean verbose = System.getenv("VERBOSE") != null;
        if (verbose) {
            k = 0;
            for (Cluster cl : clusters) {
                k++;
                System.out.println("#" + k + " (" + cl.members().size() + ")");
                for (Evidence e : cl.members()) {
                    String g = "";
                    for (Map.Entry<String, Integer> pe : pred.entrySet()) if (pe.getValue() == k && gold.containsKey(pe.getKey())) { g = gold.get(pe.getKey()); break; }
                    System.out.printf("   %s %-10s %-12s %s %s | %s | %s%n", e.date().date(), e.kind().map(x -> x.id()).orElse("-"),
                            g, e.participants().keySet(), e.occasions(), e.article().title(), e.date().source());
                    if (System.getenv("WHY") != null) System.out.println("        " + cl.placements().get(e.id()));
                }
            }
        }
        if (args.length > 4) {
            Map<String, String> own = new HashMap<>();
            for (String line : Files.readAllLines(Path.of(args[4])).subList(1, Files.readAllLines(Path.of(args[4])).size())) {
                String[] p = line.split("\t");
                own.put(p[3], p[0]);
            }
            score("own", own, pred);
        }
        List<String> lab = gold.keySet().stream().filter(pred::containsKey).sorted().toList();
        int tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < lab.size(); i++) for (int j = i + 1; j < lab.size(); j++) {
            boolean sg = gold.get(lab.get(i)).equals(gold.get(lab.get(j)));
            boolean sp = pred.get(lab.get(i)).equals(pred.get(lab.get(j)));
            if (sg && sp) tp++; if (sp && !sg) fp++; if (sg && !sp) fn++;
        }
        System.out.printf("clusters %d of %d articles; labelled placed %d/%d; pairwise P=%.2f R=%.2f (tp %d fp %d fn %d)%n",
                clusters.size(), ev.size(), lab.size(), gold.size(), tp / Math.max(1.0, tp + fp), tp / Math.max(1.0, tp + fn), tp, fp, fn);
    }
}
