package newsbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import newsbot.core.summary.ExtractiveSummarizer;
import newsbot.core.summary.Lead3;
import newsbot.core.summary.Rouge;
import newsbot.core.summary.RougeScores;
import newsbot.core.summary.StoryArticle;
import newsbot.core.summary.Summarizer;
import newsbot.core.summary.SummaryRequest;
import newsbot.core.summary.TextRank;
import newsbot.core.dedup.SimHash;

/**
 * ROUGE of our summariser against LEAD-3 and TextRank, and timings.
 *
 * <pre>java -cp bench/target/newsbot-bench.jar newsbot.bench.SummaryBench CORPUS [SEEDS] [--tune] [--show]</pre>
 *
 * References: (a) what the outlets wrote — RFI bold leads, seed 001's WSJ subtitle, seed 000's
 * English description — removed from the input; (b) summaries written by hand for QQ articles
 * (summary-references.tsv). Every reference is in a "tune" or a "test" half; settings are tuned
 * on "tune" only ({@code --tune}), and "test" is what to believe.
 */
public final class SummaryBench {

    record Case(String id, String set, String split, String language, StoryArticle article, String reference) {
    }

    public static void main(String[] args) throws IOException {
        List<String> positional = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
        if (positional.isEmpty()) {
            System.err.println("usage: SummaryBench CORPUS_DIR [SEEDS_DIR] [--tune] [--show]");
            System.exit(2);
        }
        Path corpus = Path.of(positional.get(0));
        Path seeds = Path.of(positional.size() > 1 ? positional.get(1) : "seeds");
        if (List.of(args).contains("--timings")) {
            timeSummaries(corpus, seeds);
            timeSimHash(corpus);
            return;
        }
        List<Case> cases = loadCases(corpus, seeds);
        System.out.printf(Locale.ROOT, "%d references: %s%n", cases.size(), countBy(cases));

        if (List.of(args).contains("--tune")) {
            tune(cases.stream().filter(c -> c.split().equals("tune")).toList());
            return;
        }
        Map<String, ExtractiveSummarizer> systems = new LinkedHashMap<>();
        systems.put("ours (MMR)", new Summarizer());
        systems.put("LEAD-3", new Lead3());
        systems.put("TextRank", new TextRank());
        report(cases, systems);
        if (List.of(args).contains("--show")) {
            show(cases, systems);
        }
        timeSummaries(corpus, seeds);
        timeSimHash(corpus);
    }

    // ---------------------------------------------------------------- references

    static List<Case> loadCases(Path corpus, Path seeds) throws IOException {
        List<Case> outlet = new ArrayList<>();
        Path rfi = corpus.resolve("C-duty-machine-news/articles/rfi");
        try (Stream<Path> files = Files.list(rfi)) {
            for (Path f : files.sorted().toList()) {
                outlet.add(outletCase("rfi/" + f.getFileName(), BenchText.feedx(Files.readString(f))));
            }
        }
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    String raw = Files.readString(f);
                    if (name.startsWith("000_")) {
                        outlet.add(outletCase("seed/" + name, BenchText.frontMatterEnglish(raw)));
                    } else if (name.startsWith("001_")) {
                        outlet.add(outletCase("seed/" + name, BenchText.omnivore(raw)));
                    } else if (name.startsWith("002_") || name.startsWith("003_")) {
                        outlet.add(outletCase("seed/" + name, BenchText.feedx(raw)));
                    }
                }
            }
        } else {
            System.out.println("(no seeds folder at " + seeds + ": seed references skipped)");
        }
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < outlet.size(); i++) {
            Case c = outlet.get(i);
            cases.add(new Case(c.id(), c.set(), i % 2 == 0 ? "tune" : "test", c.language(), c.article(), c.reference()));
        }
        for (String line : readResource("/summary-references.tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            BenchText.Article a = BenchText.qqMarkdown(Files.readString(corpus.resolve(f[0])));
            cases.add(new Case(f[0], "hand", f[1], f[2], new StoryArticle(a.title(), a.body(), ""), f[3]));
        }
        return cases;
    }

    private static Case outletCase(String id, BenchText.Article a) {
        // the outlet's lead is the reference: it goes in as "lead" so that it is never extracted
        return new Case(id, "outlet-" + a.language(), "", a.language(), new StoryArticle(a.title(), a.body(), a.lead()), a.lead());
    }

    private static List<String> readResource(String name) throws IOException {
        try (InputStream in = SummaryBench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource " + name + " is missing from the bench jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    // ---------------------------------------------------------------- scoring

    static RougeScores score(ExtractiveSummarizer system, Case c) {
        String summary = system.summarize(SummaryRequest.of(List.of(c.article()), c.language())).text();
        return Rouge.score(summary, c.reference(), c.language());
    }

    /** Mean F1 ×100 of ROUGE-1, -2, -L. */
    static double[] mean(ExtractiveSummarizer system, List<Case> cases) {
        double[] sum = new double[3];
        for (Case c : cases) {
            RougeScores s = score(system, c);
            sum[0] += s.rouge1().f1();
            sum[1] += s.rouge2().f1();
            sum[2] += s.rougeL().f1();
        }
        for (int i = 0; i < 3; i++) {
            sum[i] = cases.isEmpty() ? 0 : 100 * sum[i] / cases.size();
        }
        return sum;
    }

    private static void report(List<Case> cases, Map<String, ExtractiveSummarizer> systems) {
        System.out.println();
        System.out.println("ROUGE F1 x100 (zh: characters, punctuation ignored; en: words). Budget 120 zh chars / 60 en words.");
        System.out.printf(Locale.ROOT, "%-22s %-6s %4s  %-12s %6s %6s %6s%n", "references", "split", "n", "system", "R-1", "R-2", "R-L");
        for (String set : List.of("outlet-zh", "hand", "zh (both)", "outlet-en")) {
            Predicate<Case> inSet = set.equals("zh (both)") ? c -> c.language().equals("zh") : c -> c.set().equals(set);
            for (String split : List.of("tune", "test", "all")) {
                List<Case> subset = cases.stream().filter(inSet)
                        .filter(c -> split.equals("all") || c.split().equals(split)).toList();
                if (subset.isEmpty() || (set.equals("outlet-en") && !split.equals("all"))) {
                    continue;
                }
                for (Map.Entry<String, ExtractiveSummarizer> e : systems.entrySet()) {
                    double[] m = mean(e.getValue(), subset);
                    System.out.printf(Locale.ROOT, "%-22s %-6s %4d  %-12s %6.1f %6.1f %6.1f%n",
                            set, split, subset.size(), e.getKey(), m[0], m[1], m[2]);
                }
            }
        }
    }

    private static void show(List<Case> cases, Map<String, ExtractiveSummarizer> systems) {
        for (Case c : cases) {
            System.out.println("\n== " + c.id() + " [" + c.split() + "]\nREF  " + c.reference());
            systems.forEach((name, s) -> System.out.printf(Locale.ROOT, "%-10s R1=%.1f %s%n", name,
                    100 * score(s, c).rouge1().f1(),
                    s.summarize(SummaryRequest.of(List.of(c.article()), c.language())).text()));
        }
    }

    private static void tune(List<Case> tuneCases) {
        List<Case> zh = tuneCases.stream().filter(c -> c.language().equals("zh")).toList();
        System.out.println("tuning on " + zh.size() + " Chinese 'tune' references only");
        record Result(Summarizer.Settings settings, double[] rouge) {
        }
        List<Result> results = new ArrayList<>();
        for (double wp = 0; wp <= 0.81; wp += 0.1) {
            for (double wt = 0; wp + wt <= 1.001; wt += 0.1) {
                for (double lambda : new double[] {0.5, 0.7, 0.85, 1.0}) {
                    Summarizer.Settings s = new Summarizer.Settings(wp, Math.min(wt, 1 - wp), lambda, 0.6);
                    results.add(new Result(s, mean(new Summarizer(s), zh)));
                }
            }
        }
        results.sort(Comparator.comparingDouble((Result r) -> -r.rouge()[0]));
        results.stream().limit(15).forEach(r -> System.out.printf(Locale.ROOT, "%s  R-1 %.2f R-2 %.2f R-L %.2f%n",
                r.settings(), r.rouge()[0], r.rouge()[1], r.rouge()[2]));
        System.out.printf(Locale.ROOT, "LEAD-3 on the same: R-1 %.2f%n", mean(new Lead3(), zh)[0]);
    }

    // ---------------------------------------------------------------- timings

    /**
     * A story of five articles on US–China military talks, oldest first: RFI (Dec 2023), WSJ (Dec 2023),
     * RFI, QQ and the defence ministry's own words via QQ on the April 2024 call of the defence chiefs.
     */
    private static void timeSummaries(Path corpus, Path seeds) throws IOException {
        if (!Files.isDirectory(seeds)) {
            System.out.println("(no seeds folder: story timing skipped)");
            return;
        }
        List<StoryArticle> story = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                String raw = Files.readString(f);
                BenchText.Article a = name.startsWith("001_") ? BenchText.omnivore(raw)
                        : name.startsWith("002_") || name.startsWith("003_") ? BenchText.feedx(raw)
                        : name.startsWith("004_") ? BenchText.qqMarkdown(raw) : null;
                if (a != null) {
                    story.add(new StoryArticle(a.title(), a.body(), ""));
                }
            }
        }
        java.util.Collections.swap(story, 0, 1); // 002 (14 Dec) before 001 (21 Dec)
        BenchText.Article dong = BenchText.qqMarkdown(Files.readString(
                corpus.resolve("D-qqnews/2024/04/17/国防部长董军应约同美国国防部长奥斯汀视频通话.md")));
        story.add(new StoryArticle(dong.title(), dong.body(), ""));
        SummaryRequest request = SummaryRequest.of(story, "zh");
        int chars = story.stream().mapToInt(a -> a.text().length()).sum();
        System.out.printf(Locale.ROOT, "%nStory of %d articles, %d chars (US–China military talks, Dec 2023 – Apr 2024):%n", story.size(), chars);
        for (ExtractiveSummarizer s : List.of(new Summarizer(), new Lead3(), new TextRank())) {
            for (int i = 0; i < 300; i++) {
                s.summarize(request);
            }
            int runs = 1000;
            long t0 = cpuNanos();
            for (int i = 0; i < runs; i++) {
                s.summarize(request);
            }
            double us = (cpuNanos() - t0) / 1e3 / runs;
            System.out.printf(Locale.ROOT, "  %-10s %8.0f µs CPU per story%n", s.getClass().getSimpleName(), us);
        }
        Summarizer ours = new Summarizer();
        SummaryRequest early = SummaryRequest.of(story.subList(0, 2), "zh");
        var first = ours.summarize(early);
        System.out.println("  digest after the first 2 articles: " + first.text());
        var next = ours.summarize(request.withAlreadySent(first.sentences().stream().map(x -> x.text()).toList()));
        System.out.println("  digest of all 5, first one already sent: " + next.text());
        var again = ours.summarize(request.withAlreadySent(
                Stream.concat(first.sentences().stream(), next.sentences().stream()).map(x -> x.text()).toList()));
        System.out.println("  and once more, both sent: " + again.text());
    }

    private static void timeSimHash(Path corpus) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") && p.toString().contains("/D-qq")).sorted().toList()) {
                names.add(f.getFileName().toString());
                bodies.add(BenchText.qqMarkdown(Files.readString(f)).body());
            }
        }
        long[] hashes = new long[bodies.size()];
        for (int w = 0; w < 3; w++) {
            for (int i = 0; i < bodies.size(); i++) {
                hashes[i] = SimHash.of(bodies.get(i), "zh");
            }
        }
        long t0 = cpuNanos();
        for (int i = 0; i < bodies.size(); i++) {
            hashes[i] = SimHash.of(bodies.get(i), "zh");
        }
        double us = (cpuNanos() - t0) / 1e3 / bodies.size();
        double avgChars = bodies.stream().mapToInt(String::length).average().orElse(0);
        System.out.printf(Locale.ROOT, "%nSimHash: %d QQ articles, mean %.0f chars: %.1f µs CPU per article%n", bodies.size(), avgChars, us);

        // the QQ folders overlap: the same file name in two folders is (mostly) the same article.
        // Bodies under 200 characters (video pages, link lists) are left out: they all look alike.
        int sameName = 0, sameNameNear = 0, exactBodies = 0, otherNear = 0, otherNearNotIdentical = 0, longBodies = 0;
        List<String> examples = new ArrayList<>();
        boolean[] isLong = new boolean[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            isLong[i] = bodies.get(i).length() >= 200;
            longBodies += isLong[i] ? 1 : 0;
        }
        for (int i = 0; i < hashes.length; i++) {
            if (!isLong[i]) {
                continue;
            }
            for (int j = i + 1; j < hashes.length; j++) {
                if (!isLong[j]) {
                    continue;
                }
                int d = SimHash.distance(hashes[i], hashes[j]);
                boolean identical = bodies.get(i).equals(bodies.get(j));
                if (names.get(i).equals(names.get(j))) {
                    sameName++;
                    sameNameNear += d <= SimHash.NEAR_DUPLICATE_DISTANCE ? 1 : 0;
                    exactBodies += identical ? 1 : 0;
                } else if (d <= SimHash.NEAR_DUPLICATE_DISTANCE) {
                    otherNear++;
                    if (!identical) {
                        otherNearNotIdentical++;
                        if (examples.size() < 4 && d > 0) {
                            examples.add(d + " bits: " + names.get(i) + "  ~  " + names.get(j));
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "  %d articles with a body of 200+ characters%n", longBodies);
        System.out.printf(Locale.ROOT, "  same file name in two folders: %d pairs (%d identical bodies), %d within distance %d%n",
                sameName, exactBodies, sameNameNear, SimHash.NEAR_DUPLICATE_DISTANCE);
        System.out.printf(Locale.ROOT, "  different file names within distance %d: %d pairs, %d of them not byte-identical, e.g.%n",
                SimHash.NEAR_DUPLICATE_DISTANCE, otherNear, otherNearNotIdentical);
        examples.forEach(e -> System.out.println("    " + e));
    }

    /** CPU time of this thread: the bench machine is shared, wall-clock time would measure the neighbours. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static Map<String, Long> countBy(List<Case> cases) {
        Map<String, Long> m = new LinkedHashMap<>();
        cases.forEach(c -> m.merge(c.set() + "/" + c.split(), 1L, Long::sum));
        return m;
    }
}
