package newsbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import newsbot.core.Digests;
import newsbot.core.ingest.IngestListener;
import newsbot.core.ingest.IngestOptions;
import newsbot.core.ingest.IngestReport;
import newsbot.core.ingest.Ingester;
import newsbot.core.parse.ArticleParser;
import newsbot.core.parse.UnparseableFileException;

/**
 * Cold ingest, rescan, a parse-only floor and an index-only floor (the FTS5 writes alone, see
 * {@link IndexFloor}) on a real corpus folder, at 1× and at N× (copies
 * whose bytes differ, so each is a distinct article). Prints medians of several runs.
 *
 * <pre>java -Xmx512m -jar bench/target/newsbot-bench.jar ingest /tmp/corpus --copies 10 --runs 3 [--topic FILE]</pre>
 */
final class IngestBench {
    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int copies = 10;
        int runs = 3;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "newsbot-bench");
        Path topic = Path.of("config", "topics", "us-china-military.yml");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--topic" -> topic = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        deleteTree(work);
        Files.createDirectories(work);
        System.out.printf("threads %d, max heap %d MB%n", IngestOptions.defaults().threads(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        measure("1x", corpus, work, topic, runs);
        if (copies > 1) {
            Path big = work.resolve("corpus-x" + copies);
            CorpusCopies.make(corpus, big, copies);
            measure(copies + "x", big, work, topic, runs);
        }
    }

    private static void measure(String label, Path folder, Path work, Path topic, int runs) throws Exception {
        double[] floor = new double[runs];
        double[] cold = new double[runs];
        double[] rescan = new double[runs];
        double[] index = new double[runs];
        IngestReport last = null;
        long peakHeap = 0;
        for (int r = 0; r < runs; r++) {
            floor[r] = parseOnlyMillis(folder);
            Path db = work.resolve("bench-" + label + "-" + r + ".db");
            Digests digests = Digests.open(db, topic, Clock.systemUTC());
            resetPeakHeap();
            long t0 = System.nanoTime();
            last = digests.ingest(folder, IngestOptions.defaults(), IngestListener.NONE);
            cold[r] = (System.nanoTime() - t0) / 1e6;
            long t1 = System.nanoTime();
            IngestReport again = digests.ingest(folder, IngestOptions.defaults(), IngestListener.NONE);
            rescan[r] = (System.nanoTime() - t1) / 1e6;
            peakHeap = Math.max(peakHeap, peakHeapBytes());
            if (again.parsed() != 0) {
                throw new IllegalStateException("rescan parsed " + again.parsed() + " files");
            }
            digests.close();
            index[r] = IndexFloor.millis(db, work.resolve("index-floor.db"));
            deleteDb(db);
        }
        double coldMs = Stats.median(cold);
        double floorMs = Stats.median(floor);
        double rescanMs = Stats.median(rescan);
        double indexMs = Stats.median(index);
        System.out.printf(Locale.ROOT, "%s: %d files (%d articles, %d duplicates, %d rejected)%n", label,
                last.scanned(), last.added(), last.duplicates(), last.rejected());
        System.out.printf(Locale.ROOT, "  cold ingest  median %8.0f ms  (%s)  %7.0f files/s%n", coldMs,
                join(cold), last.scanned() / (coldMs / 1000));
        System.out.printf(Locale.ROOT, "  parse floor  median %8.0f ms  (%s)  cold/floor %.2f×%n", floorMs,
                join(floor), coldMs / floorMs);
        System.out.printf(Locale.ROOT, "  index floor  median %8.0f ms  (%s)  %.0f%% of cold; the rest %.0f ms = %.0f files/s%n",
                indexMs, join(index), 100 * indexMs / coldMs, coldMs - indexMs, last.scanned() / ((coldMs - indexMs) / 1000));
        System.out.printf(Locale.ROOT, "  rescan       median %8.0f ms  (%s)  %.2f%% of cold%n", rescanMs,
                join(rescan), 100 * rescanMs / coldMs);
        System.out.printf(Locale.ROOT, "  peak heap after ingest+rescan %d MB%n", peakHeap / (1024 * 1024));
    }

    /** Read, decode and strip the markup of every file with the same threads as ingest; store nothing. */
    private static double parseOnlyMillis(Path folder) throws Exception {
        List<Path> files = Ingester.listArticleFiles(folder);
        ArticleParser parser = new ArticleParser();
        int threads = IngestOptions.defaults().threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<Integer>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int slice = t;
                parts.add(pool.submit(() -> {
                    int chars = 0;
                    for (int i = slice; i < files.size(); i += threads) {
                        Path f = files.get(i);
                        try {
                            chars += parser.parse(Ingester.relativePath(folder, f), Files.readAllBytes(f)).title().length();
                        } catch (UnparseableFileException | IOException e) {
                            chars++;
                        }
                    }
                    return chars;
                }));
            }
            for (Future<Integer> p : parts) {
                p.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String join(double[] xs) {
        StringBuilder sb = new StringBuilder();
        for (double x : xs) {
            sb.append(sb.length() == 0 ? "" : ", ").append(Math.round(x));
        }
        return sb.toString();
    }

    private static void deleteDb(Path db) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
