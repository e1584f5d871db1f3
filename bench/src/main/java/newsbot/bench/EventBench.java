package newsbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import newsbot.core.Digests;
import newsbot.core.event.Event;
import newsbot.core.event.GroupingReport;
import newsbot.core.ingest.IngestListener;
import newsbot.core.ingest.IngestOptions;
import newsbot.core.ingest.IngestReport;
import newsbot.core.store.ArticleListing;

/**
 * Judgement of events and relevance on labelled real articles, and what grouping costs.
 *
 * <pre>java -jar bench/target/newsbot-bench.jar events CORPUS_DIR --labels EVAL_DIR [--own FILE] [--db FILE]
 *        [--topic FILE] [--copies N] [--work DIR]</pre>
 * CORPUS_DIR is the unpacked shared corpus with the five seeds in CORPUS_DIR/seeds/ (as the labels name them).
 * EVAL_DIR holds {@code relevance.tsv} and {@code stories.tsv} (the shared development labels; read, never copied).
 * {@code --own} adds our own event labels (default: the file kept in the bench's resources). {@code --db} reuses
 * an ingested database instead of ingesting afresh. {@code --copies N} also times grouping on N changed copies of
 * the corpus: its share of a cold ingest, and that a rescan of the unchanged folder regroups nothing.
 * Measures, as the held-out check defines them: relevance precision and recall (borderline left out); over the
 * labelled files placed in some story, pairwise precision and recall of "same story", and the share of members
 * labelled relevant that are in a story; the same pairwise figures for our own labels; the seeds' stories.
 */
final class EventBench {
    private static final String OWN = "/events/events.tsv";

    private EventBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path labels = null;
        Path own = null;
        Path db = null;
        Path topic = Path.of("config", "topics", "us-china-military.yml");
        Path work = Files.createTempDirectory("newsbot-events-bench");
        int copies = 0;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--labels" -> labels = Path.of(args[++i]);
                case "--own" -> own = Path.of(args[++i]);
                case "--db" -> db = Path.of(args[++i]);
                case "--topic" -> topic = Path.of(args[++i]);
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (labels == null) {
            throw new IllegalArgumentException("--labels EVAL_DIR is required (the folder of relevance.tsv and stories.tsv)");
        }
        if (db == null) {
            db = work.resolve("events.db");
        }
        boolean fresh = !Files.exists(db);
        try (Digests digests = Digests.open(db, topic, Clock.systemUTC())) {
            if (fresh) {
                long t0 = System.nanoTime();
                IngestReport r = digests.scan(corpus, IngestOptions.defaults(), IngestListener.NONE);
                long t1 = System.nanoTime();
                GroupingReport g = digests.groupStories();
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "ingested %s: %d files, scan %.1f s, grouping %.2f s (%d articles into %d stories)%n",
                        corpus, r.scanned(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, g.articles(), g.events());
            }
            judge(digests, labels, own);
        }
        seeds(corpus.resolve("seeds"), topic, work);
        if (copies > 0) {
            cost(corpus, topic, work, copies);
        }
    }

    private static void judge(Digests digests, Path labels, Path own) throws IOException, newsbot.core.store.StoreException {
        Map<String, Boolean> decision = new HashMap<>();
        for (ArticleListing a : digests.articles()) {
            for (String p : a.paths()) {
                decision.put(p, a.relevant());
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> misses = new ArrayList<>();
        Map<String, String> relevance = new HashMap<>();
        for (String[] row : rows(Files.readString(labels.resolve("relevance.tsv")))) {
            relevance.put(row[0], row[1]);
            Boolean d = decision.get(row[0]);
            if (row[1].equals("borderline") || d == null) {
                continue;
            }
            boolean gold = row[1].equals("relevant");
            tp += d && gold ? 1 : 0;
            fp += d && !gold ? 1 : 0;
            fn += !d && gold ? 1 : 0;
            if (d != gold) {
                misses.add((d ? "  false positive: " : "  missed: ") + row[0]);
            }
        }
        System.out.printf(Locale.ROOT, "relevance: P %.2f R %.2f (%d relevant, %d wrongly flagged, %d missed; borderline left out)%n",
                ratio(tp, tp + fp), ratio(tp, tp + fn), tp, fp, fn);
        misses.forEach(System.out::println);

        Map<String, Long> story = new HashMap<>();
        for (Event e : digests.stories()) {
            for (String p : e.paths()) {
                story.put(p, e.id());
            }
        }
        Map<String, String> gold = new LinkedHashMap<>();
        for (String[] row : rows(Files.readString(labels.resolve("stories.tsv")))) {
            gold.put(row[3], row[0]);
        }
        Pairs dev = pairs(gold, story);
        long members = gold.keySet().stream().filter(p -> "relevant".equals(relevance.get(p))).count();
        long placed = gold.keySet().stream().filter(p -> "relevant".equals(relevance.get(p)) && story.containsKey(p)).count();
        System.out.printf(Locale.ROOT, "stories (shared labels): pairwise P %.2f R %.2f over %d labelled files in stories; "
                        + "%d/%d members labelled relevant are in a story (%.0f%%)%n",
                dev.precision(), dev.recall(), dev.files, placed, members, 100.0 * placed / Math.max(1, members));
        Map<String, String> ours = new LinkedHashMap<>();
        for (String[] row : rows(own == null ? resource() : Files.readString(own))) {
            ours.put(row[3], row[0]);
        }
        Pairs mine = pairs(ours, story);
        System.out.printf(Locale.ROOT, "stories (our labels):    pairwise P %.2f R %.2f over %d labelled files in stories of %d%n",
                mine.precision(), mine.recall(), mine.files, ours.size());
        mine.errors.forEach(System.out::println);
        dev.errors.forEach(System.out::println);
    }

    /** The seeds alone: four stories, seeds 003 and 004 (RFI and QQ on one call) together. */
    private static void seeds(Path seeds, Path topic, Path work) throws Exception {
        Path db = work.resolve("seeds.db");
        Files.deleteIfExists(db);
        try (Digests digests = Digests.open(db, topic, Clock.systemUTC())) {
            digests.ingest(seeds, IngestOptions.defaults(), IngestListener.NONE);
            List<Event> stories = digests.stories();
            boolean together = stories.stream().anyMatch(e -> e.paths().stream().anyMatch(p -> p.startsWith("003_"))
                    && e.paths().stream().anyMatch(p -> p.startsWith("004_")));
            System.out.printf(Locale.ROOT, "seeds: %d stories; 003 and 004 together: %s%n", stories.size(), together);
        }
    }

    /** Grouping's share of a cold ingest of N copies, and a rescan of the unchanged folder. */
    private static void cost(Path corpus, Path topic, Path work, int copies) throws Exception {
        Path folder = work.resolve("x" + copies);
        if (!Files.exists(folder)) {
            CorpusCopies.make(corpus, folder, copies);
        }
        Path db = work.resolve("x" + copies + ".db");
        for (String s : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + s));
        }
        try (Digests digests = Digests.open(db, topic, Clock.systemUTC())) {
            long t0 = System.nanoTime();
            IngestReport r = digests.scan(folder, IngestOptions.defaults(), IngestListener.NONE);
            long t1 = System.nanoTime();
            GroupingReport g = digests.groupStories();
            long t2 = System.nanoTime();
            digests.scan(folder, IngestOptions.defaults(), IngestListener.NONE);
            long t3 = System.nanoTime();
            GroupingReport again = digests.groupStories();
            long t4 = System.nanoTime();
            double cold = (t2 - t0) / 1e9;
            System.out.printf(Locale.ROOT, "x%d: %d files; cold ingest %.1f s of which grouping %.2f s (%.1f%%; %d articles "
                            + "compared for near-duplicates, %d grouped into %d stories)%n", copies, r.scanned(), cold,
                    (t2 - t1) / 1e9, 100 * (t2 - t1) / 1e9 / cold, g.compared(), g.articles(), g.events());
            System.out.printf(Locale.ROOT, "x%d: rescan %.1f s, grouping %.3f s: regrouped %s, compared %d%n", copies,
                    (t3 - t2) / 1e9, (t4 - t3) / 1e9, again.regrouped(), again.compared());
        }
    }

    private record Pairs(int files, int tp, int fp, int fn, List<String> errors) {
        double precision() {
            return ratio(tp, tp + fp);
        }

        double recall() {
            return ratio(tp, tp + fn);
        }
    }

    private static Pairs pairs(Map<String, String> gold, Map<String, Long> story) {
        List<String> placed = gold.keySet().stream().filter(story::containsKey).sorted().toList();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        TreeMap<String, String> errors = new TreeMap<>();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                String a = placed.get(i);
                String b = placed.get(j);
                boolean same = gold.get(a).equals(gold.get(b));
                boolean together = story.get(a).equals(story.get(b));
                tp += same && together ? 1 : 0;
                fp += together && !same ? 1 : 0;
                fn += same && !together ? 1 : 0;
                if (same != together) {
                    String key = gold.get(a) + (same ? " split" : " joined with " + gold.get(b));
                    errors.putIfAbsent(key, "  " + key + ": " + name(a) + " / " + name(b));
                }
            }
        }
        return new Pairs(placed.size(), tp, fp, fn, List.copyOf(errors.values()));
    }

    private static String name(String path) {
        return Path.of(path).getFileName().toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : (double) a / b;
    }

    /** TSV rows after the header; labels hold no tabs or quotes inside fields. */
    private static List<String[]> rows(String tsv) {
        List<String[]> out = new ArrayList<>();
        String[] lines = tsv.split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                out.add(lines[i].split("\t"));
            }
        }
        return out;
    }

    private static String resource() throws IOException {
        try (InputStream in = EventBench.class.getResourceAsStream(OWN)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
