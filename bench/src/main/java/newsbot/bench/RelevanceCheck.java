package newsbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import newsbot.core.Digests;
import newsbot.core.store.ArticleListing;

/**
 * Precision of the topic on an ingested corpus, against hand judgements kept in the bench's resources:
 * what the topic flags, by title (one story from several outlets shares it), looked up in the judgements.
 * Titles flagged but not judged are listed: judge them and add them to the file.
 *
 * <pre>java -jar bench/target/newsbot-bench.jar relevance DB [--topic FILE] [--judgements FILE]</pre>
 * DB: a database that ingested the shared corpus with the topic under test (scores are read as stored;
 * {@code --topic} names the file the database was scored with, it does not rescore), e.g.
 * {@code java -jar bot/target/newsbot.jar --db /tmp/corpus.db ingest --articles /tmp/corpus}.
 */
final class RelevanceCheck {
    private static final String JUDGEMENTS = "/relevance/us-china-military-judgements.tsv";

    private RelevanceCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path topic = Path.of("config", "topics", "us-china-military.yml");
        Path judgementsFile = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--topic" -> topic = Path.of(args[++i]);
                case "--judgements" -> judgementsFile = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Map<String, String> judged = parse(judgementsFile == null ? resource() : java.nio.file.Files.readString(judgementsFile));
        TreeSet<String> flagged = new TreeSet<>();
        int files = 0;
        try (Digests digests = Digests.open(db, topic, Clock.systemUTC())) {
            List<ArticleListing> articles = digests.articles();
            for (ArticleListing a : articles) {
                if (a.relevant()) {
                    flagged.add(a.title());
                    files++;
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String label : List.of("relevant", "borderline", "not", "unjudged")) {
            counts.put(label, 0);
        }
        for (String title : flagged) {
            String label = judged.getOrDefault(title, "unjudged");
            counts.merge(label, 1, Integer::sum);
            if (!label.equals("relevant")) {
                System.out.println(label + "\t" + title);
            }
        }
        int relevant = counts.get("relevant");
        int borderline = counts.get("borderline");
        int not = counts.get("not");
        System.out.printf(Locale.ROOT, "%nflagged: %d titles in %d files; relevant %d, borderline %d, not %d, unjudged %d%n",
                flagged.size(), files, relevant, borderline, not, counts.get("unjudged"));
        System.out.printf(Locale.ROOT, "precision without the borderline ones: %.3f; counting them as wrong: %.3f%n",
                relevant / (double) Math.max(1, relevant + not), relevant / (double) Math.max(1, relevant + borderline + not));
        long missed = judged.entrySet().stream()
                .filter(e -> e.getValue().equals("relevant") && !flagged.contains(e.getKey())).count();
        System.out.printf(Locale.ROOT, "judged relevant but no longer flagged: %d%n", missed);
    }

    private static String resource() throws IOException {
        try (InputStream in = RelevanceCheck.class.getResourceAsStream(JUDGEMENTS)) {
            if (in == null) {
                throw new IOException("missing resource " + JUDGEMENTS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** label TAB title per line; # starts a comment. */
    private static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String label = tab < 0 ? "" : line.substring(0, tab).strip();
            if (!List.of("relevant", "borderline", "not").contains(label)) {
                throw new IllegalArgumentException("judgements line " + (i + 1)
                        + ": want relevant, borderline or not, a tab, then the title: " + line);
            }
            out.put(line.substring(tab + 1).strip(), label);
        }
        return out;
    }
}
