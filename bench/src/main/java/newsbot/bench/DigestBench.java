package newsbot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import newsbot.core.Digests;
import newsbot.core.digest.Digest;
import newsbot.core.digest.DigestRequest;
import newsbot.core.ingest.IngestListener;
import newsbot.core.ingest.IngestOptions;
import newsbot.core.ingest.IngestReport;

/**
 * Story grouping's share of a cold ingest, and composing a digest of every relevant article at
 * once, on a corpus folder (use the N× copy IngestBench leaves in its work folder for the ×10 case).
 *
 * <pre>java -jar bench/target/newsbot-bench.jar digest /tmp/corpus [--runs 3] [--work DIR] [--topic FILE]</pre>
 */
final class DigestBench {
    private DigestBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int runs = 3;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "newsbot-digest-bench");
        Path topic = Path.of("config", "topics", "us-china-military.yml");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--topic" -> topic = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(work);
        double[] scan = new double[runs];
        double[] group = new double[runs];
        double[] compose = new double[runs];
        int articles = 0;
        int stories = 0;
        int grouped = 0;
        for (int r = 0; r < runs; r++) {
            Path db = work.resolve("digest-bench-" + r + ".db");
            for (String s : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(db.resolveSibling(db.getFileName() + s));
            }
            Digests digests = Digests.open(db, topic, Clock.systemUTC());
            long t0 = System.nanoTime();
            IngestReport report = digests.scan(corpus, IngestOptions.defaults(), IngestListener.NONE);
            long t1 = System.nanoTime();
            grouped = digests.groupStories().articles();
            long t2 = System.nanoTime();
            Digest d = digests.digest(DigestRequest.all("source"));
            long t3 = System.nanoTime();
            scan[r] = (t1 - t0) / 1e6;
            group[r] = (t2 - t1) / 1e6;
            compose[r] = (t3 - t2) / 1e6;
            articles = d.articleCount();
            stories = d.stories().size();
            if (report.scanned() == 0) {
                throw new IllegalStateException("no files in " + corpus);
            }
        }
        System.out.printf(Locale.ROOT, "%s: grouped %d articles; digest of %d relevant articles in %d stories%n",
                corpus, grouped, articles, stories);
        System.out.printf(Locale.ROOT, "  scan median %.0f ms; story grouping median %.0f ms (%.1f%% of the scan)%n",
                Stats.median(scan), Stats.median(group), 100 * Stats.median(group) / Stats.median(scan));
        System.out.printf(Locale.ROOT, "  compose digest median %.0f ms (runs: %s)%n", Stats.median(compose),
                java.util.Arrays.toString(compose));
    }
}
