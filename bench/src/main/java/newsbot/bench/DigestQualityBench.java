package newsbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.ConfigLoader;
import newsbot.core.Digests;
import newsbot.core.digest.Digest;
import newsbot.core.digest.DigestComposer;
import newsbot.core.digest.DigestRequest;
import newsbot.core.digest.DigestStory;
import newsbot.core.digest.Source;
import newsbot.core.source.NamedOutlet;
import newsbot.core.source.SourceFacts;
import newsbot.core.source.SourceKind;
import newsbot.core.source.SourceRules;
import newsbot.core.store.Database;
import newsbot.core.store.StoreException;
import newsbot.core.event.Event;
import newsbot.core.summary.ExtractiveSummarizer;
import newsbot.core.summary.Lead3;
import newsbot.core.summary.Summarizer;

/**
 * The digest as an analyst reads it, on an ingested corpus: sources without an outlet although their
 * file or text names one, captions and credits left in summaries (patterns in the bench's resources),
 * empty summaries not marked title-only, near-repeated sentences, headlines that are none of the story's
 * own titles, member articles missing from the source list; the character ROUGE-1 of the summaries on
 * reference summaries (the eval-dev definition, against LEAD-3 through the same composer); the documented order
 * (newest event first, one day by importance, /latest alike); each side's words against our own labels; and the
 * time to compose the digest of everything.
 *
 * <pre>java -jar bench/target/newsbot-bench.jar digest-quality DB --corpus DIR [--config FILE]
 *     [--summaries FILE] [--lang source|zh|en] [--runs N] [--show]</pre>
 * DB: a database that ingested the corpus (with the seeds in CORPUS/seeds), e.g.
 * {@code java -jar bot/target/newsbot.jar --db /tmp/x.db ingest --articles /tmp/corpus}.
 */
final class DigestQualityBench {
    private static final String CAPTIONS = "/digest/caption-patterns.txt";
    private static final String STATEMENTS = "/digest/statements.tsv";
    /** Cues, independent of the parser's, that a file or its text names its publisher. */
    private static final Pattern NAMES_AN_OUTLET = Pattern.compile(
            "来源[：:]|^@\\S|^\\S{1,16}\\d{1,2}月\\d{1,2}日电|讯[）)\\s]|^【[^】]*(?:报道|记者|讯)|^\\S{2,14}消息[，,]"
                    + "|^据\\S{2,16}?(?:报道|消息|报导)|^(?i:source:)|\\((?:Reuters|AP|AFP|Bloomberg|Xinhua)\\)",
            Pattern.MULTILINE);
    private static final int HEAD_CHARS = 400;

    private DigestQualityBench() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Path corpus = null;
        Path configFile = Path.of("config", "newsbot.yml");
        Path summaries = null;
        String language = "source";
        int runs = 3;
        boolean show = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--config" -> configFile = Path.of(args[++i]);
                case "--summaries" -> summaries = Path.of(args[++i]);
                case "--lang" -> language = args[++i];
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--show" -> show = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (corpus == null) {
            throw new IllegalArgumentException("--corpus DIR is required: the folder the database ingested");
        }
        BotConfig config = Files.isRegularFile(configFile) ? new ConfigLoader().load(configFile) : BotConfig.defaults();
        List<Pattern> captions = captionPatterns();
        try (Digests digests = Digests.open(db, config.topic(), config.sources(), Clock.systemUTC())) {
            double[] millis = new double[runs];
            double[] cpuMillis = new double[runs]; // this thread's CPU: what the neighbours' load does not inflate
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Digest digest = null;
            for (int r = 0; r < runs; r++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                digest = digests.digest(DigestRequest.all(language));
                millis[r] = (System.nanoTime() - t0) / 1e6;
                cpuMillis[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            Map<Long, Event> listings = new HashMap<>();
            digests.stories().forEach(s -> listings.put(s.id(), s));
            report(digest, listings, corpus, config.sources(), captions, show);
            order(digest, digests, language, show);
            System.out.printf(Locale.ROOT, "compose: %d relevant articles in %d stories, median %.0f ms wall, %.0f ms "
                            + "CPU of %d runs (wall %s; load average %.1f)%n", digest.articleCount(), digest.stories().size(),
                    Stats.median(millis), Stats.median(cpuMillis), runs, java.util.Arrays.toString(millis),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (summaries != null) {
                rouge(db, digests, summaries, language);
            }
            statements(digest);
        }
    }

    private static void report(Digest digest, Map<Long, Event> listings, Path corpus, SourceRules rules,
                               List<Pattern> captions, boolean show) throws IOException {
        int sources = 0;
        int withoutOutlet = 0;
        List<String> unnamed = new ArrayList<>();
        List<String> captioned = new ArrayList<>();
        int sentences = 0;
        int emptyUnmarked = 0;
        int titleOnly = 0;
        int headlineNotATitle = 0;
        int missingMembers = 0;
        int nearRepeats = 0;
        for (DigestStory s : digest.stories()) {
            Set<String> listed = new HashSet<>();
            for (Source src : s.sources()) {
                sources++;
                listed.addAll(src.paths());
                if (src.outlet().isEmpty()) {
                    withoutOutlet++;
                    if (namesAnOutlet(src, corpus, rules)) {
                        unnamed.add(src.path());
                    }
                }
            }
            for (String sentence : s.summary()) {
                sentences++;
                for (Pattern p : captions) {
                    if (p.matcher(sentence).find()) {
                        captioned.add("/" + p.pattern() + "/  " + sentence);
                        break;
                    }
                }
            }
            if (s.summary().isEmpty() && !s.update()) {
                if (s.titleOnly()) {
                    titleOnly++;
                } else {
                    emptyUnmarked++;
                    System.out.println("  empty summary, not title-only: " + s.headline());
                }
            }
            if (s.sources().stream().noneMatch(src -> src.title().equals(s.headline()))) {
                headlineNotATitle++;
                System.out.println("  headline is none of its sources' titles: " + s.headline());
            }
            Event listing = listings.get(s.storyId());
            if (listing != null) {
                for (String member : listing.paths()) {
                    if (!listed.contains(member)) {
                        missingMembers++;
                        System.out.println("  member not listed: " + member + " in " + s.headline());
                    }
                }
            }
            nearRepeats += nearRepeats(s.summary());
            if (show) {
                System.out.println("## " + s.headline() + "  " + s.date().map(Object::toString).orElse("")
                        + (s.titleOnly() ? "  (title only)" : ""));
                s.summary().forEach(x -> System.out.println("   · " + x));
                s.sources().forEach(x -> System.out.println("   - " + (x.outlet().isEmpty() ? "(no outlet)" : x.outlet())
                        + " [" + x.kind().code() + "] " + x.title() + "  " + x.paths()));
            }
        }
        unnamed.forEach(p -> System.out.println("  no outlet although its file names one: " + p));
        captioned.forEach(c -> System.out.println("  caption or credit in a summary: " + c));
        System.out.printf(Locale.ROOT, "sources: %d in %d stories; %d without outlet, of which %d whose file or text names one%n",
                sources, digest.stories().size(), withoutOutlet, unnamed.size());
        System.out.printf(Locale.ROOT, "summaries: %d sentences, %d with a caption or credit (%d patterns); "
                        + "%d title-only stories, %d empty summaries not marked title-only; %d near-repeated sentence pairs%n",
                sentences, captioned.size(), captions.size(), titleOnly, emptyUnmarked, nearRepeats);
        System.out.printf(Locale.ROOT, "headlines: %d not one of their sources' titles; members: %d not listed%n",
                headlineNotATitle, missingMembers);
    }

    /**
     * The order the README documents, checked on what the digest printed: newest event first and undated stories
     * last; on one day a story with an official source before one without, then the one more outlets reported; and
     * /latest N is the digest's first N stories in the same order (N = 5 and 20).
     */
    private static void order(Digest digest, Digests digests, String language, boolean show) throws StoreException {
        List<DigestStory> stories = digest.stories();
        int newerAfterOlder = 0;
        int datedAfterUndated = 0;
        int sameDayPairs = 0;
        int lessImportantFirst = 0;
        for (int i = 1; i < stories.size(); i++) {
            DigestStory a = stories.get(i - 1);
            DigestStory b = stories.get(i);
            if (a.date().isEmpty()) {
                datedAfterUndated += b.date().isPresent() ? 1 : 0;
                continue;
            }
            if (b.date().isEmpty()) {
                continue;
            }
            int byDate = a.date().get().compareTo(b.date().get());
            if (byDate < 0) {
                newerAfterOlder++;
                System.out.println("  out of date order: " + a.date().get() + " " + a.headline() + "  before  "
                        + b.date().get() + " " + b.headline());
            } else if (byDate == 0) {
                sameDayPairs++;
                boolean officialA = official(a);
                boolean officialB = official(b);
                if ((officialB && !officialA) || (officialA == officialB && outlets(b) > outlets(a))) {
                    lessImportantFirst++;
                    System.out.println("  same day, less important first: " + a.headline() + "  before  " + b.headline());
                }
            }
        }
        List<String> latestAgrees = new ArrayList<>();
        for (int n : new int[] {5, 20}) {
            List<Long> latest = digests.latest(n, language).stories().stream().map(DigestStory::storyId).toList();
            List<Long> first = stories.stream().limit(n).map(DigestStory::storyId).toList();
            latestAgrees.add("/latest " + n + (latest.equals(first) ? " = " : " ≠ ") + "the digest's first " + n);
            if (!latest.equals(first)) {
                System.out.println("  /latest " + n + ": " + latest + "\n  digest's first " + n + ": " + first);
            }
        }
        if (show) {
            for (DigestStory s : stories.subList(0, Math.min(15, stories.size()))) {
                System.out.println("  order: " + s.date().map(Object::toString).orElse("undated") + "  "
                        + (official(s) ? "official " : "         ") + outlets(s) + " outlets  " + s.headline());
            }
        }
        System.out.printf(Locale.ROOT, "order: %d stories; %d newer after older, %d dated after undated; %d same-day "
                        + "pairs, %d with the less important first; %s%n", stories.size(), newerAfterOlder,
                datedAfterUndated, sameDayPairs, lessImportantFirst, String.join(", ", latestAgrees));
    }

    private static boolean official(DigestStory s) {
        return s.sources().stream().anyMatch(src -> src.kind() == SourceKind.OFFICIAL);
    }

    private static long outlets(DigestStory s) {
        return s.sources().stream().map(Source::outlet).filter(o -> !o.isEmpty()).distinct().count();
    }

    /** Whether the file (URL, head or tail of its text) or a sources: rule names an outlet, by cues of the bench's own. */
    private static boolean namesAnOutlet(Source src, Path corpus, SourceRules rules) throws IOException {
        if (!src.url().isBlank()) {
            return true;
        }
        if (!rules.resolve(new SourceFacts(src.path(), "", NamedOutlet.NONE, src.title())).outlet().isEmpty()) {
            return true;
        }
        for (String path : src.paths()) {
            Path file = corpus.resolve(path);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            int firstBreak = text.indexOf('\n');
            String body = firstBreak < 0 ? "" : text.substring(firstBreak + 1).strip();
            String head = body.substring(0, Math.min(HEAD_CHARS, body.length()));
            String tail = body.substring(Math.max(0, body.length() - HEAD_CHARS));
            if (NAMES_AN_OUTLET.matcher(head).find() || NAMES_AN_OUTLET.matcher(tail).find()) {
                return true;
            }
        }
        return false;
    }

    /** Pairs of sentences in one summary whose character bigrams are half or more contained in the other's. */
    private static int nearRepeats(List<String> summary) {
        int pairs = 0;
        for (int i = 0; i < summary.size(); i++) {
            for (int j = i + 1; j < summary.size(); j++) {
                if (containment(summary.get(i), summary.get(j)) >= 0.5) {
                    pairs++;
                    System.out.println("  near-repeat in one summary: " + summary.get(i) + "  ~  " + summary.get(j));
                }
            }
        }
        return pairs;
    }

    static double containment(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        if (small.isEmpty()) {
            return 0;
        }
        return small.stream().filter(large::contains).count() / (double) small.size();
    }

    private static Set<String> bigrams(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        String t = b.toString().toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 2 <= t.length(); i++) {
            out.add(t.substring(i, i + 2));
        }
        return out;
    }

    /**
     * Character ROUGE-1 F1 of each story's summary against the reference summaries ("ours", Chinese) of the
     * eval-dev file, exactly as its score.py computes it: the story that lists the reference's file, letters
     * and digits only. The same stories summarised by LEAD-3 through the same composer, for comparison.
     */
    private static void rouge(Path dbFile, Digests digests, Path references, String language) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(references, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length >= 4 && f[1].equals("zh") && f[3].equals("ours")) {
                rows.add(f);
            }
        }
        Map<String, ExtractiveSummarizer> systems = new java.util.LinkedHashMap<>();
        systems.put("ours", new Summarizer());
        systems.put("LEAD-3", new Lead3());
        try (Database db = Database.open(dbFile); Connection c = db.connect()) {
            for (Map.Entry<String, ExtractiveSummarizer> e : systems.entrySet()) {
                Digest d = new DigestComposer(e.getValue(), digests::sources, digests::topic)
                        .compose(c, DigestRequest.all(language), story -> List.of(), Instant.now());
                double sum = 0;
                int n = 0;
                for (String[] row : rows) {
                    for (DigestStory s : d.stories()) {
                        if (s.sources().stream().anyMatch(src -> src.paths().contains(row[0]))) {
                            sum += charRouge1(String.join("", s.summary()), row[2]);
                            n++;
                            break;
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "summaries, zh character ROUGE-1 F (eval-dev definition): %s %.3f on %d stories%n",
                        e.getKey(), n == 0 ? 0 : sum / n, n);
            }
        }
    }

    /**
     * Each side's line against what we wrote each side said (bench resources), character ROUGE-1; a side with
     * no line scores 0. For comparison, the story's first summary sentence as that side's line.
     */
    private static void statements(Digest digest) throws IOException {
        double ours = 0;
        double lead = 0;
        int n = 0;
        int covered = 0;
        for (String line : resourceLines(STATEMENTS)) {
            String[] f = line.split("\t", -1);
            if (line.startsWith("#") || f.length < 3 || f[0].equals("path")) {
                continue;
            }
            n++;
            for (DigestStory s : digest.stories()) {
                if (s.sources().stream().anyMatch(src -> src.paths().contains(f[0]))) {
                    String said = s.statements().stream().filter(st -> st.side().equals(f[1])).map(st -> st.text())
                            .findFirst().orElse("");
                    covered += said.isEmpty() ? 0 : 1;
                    ours += charRouge1(said, f[2]);
                    lead += charRouge1(s.summary().isEmpty() ? "" : s.summary().get(0), f[2]);
                    System.out.println("  " + f[1] + " line: " + (said.isEmpty() ? "(none)" : said) + "\n      ref: " + f[2]);
                    break;
                }
            }
        }
        System.out.printf(Locale.ROOT, "each side's words: %d of %d labelled lines given; character ROUGE-1 F %.3f "
                + "(first summary sentence as the line: %.3f)%n", covered, n, n == 0 ? 0 : ours / n, n == 0 ? 0 : lead / n);
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = DigestQualityBench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource " + name + " is missing from the bench jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    static double charRouge1(String candidate, String reference) {
        Map<Integer, Integer> a = counts(candidate);
        Map<Integer, Integer> b = counts(reference);
        int overlap = 0;
        for (Map.Entry<Integer, Integer> e : a.entrySet()) {
            overlap += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        int total = a.values().stream().mapToInt(Integer::intValue).sum() + b.values().stream().mapToInt(Integer::intValue).sum();
        return overlap == 0 ? 0 : 2.0 * overlap / total;
    }

    private static Map<Integer, Integer> counts(String text) {
        Map<Integer, Integer> m = new HashMap<>();
        text.codePoints().filter(Character::isLetterOrDigit).forEach(cp -> m.merge(cp, 1, Integer::sum));
        return m;
    }

    private static List<Pattern> captionPatterns() throws IOException {
        try (InputStream in = DigestQualityBench.class.getResourceAsStream(CAPTIONS)) {
            if (in == null) {
                throw new IOException("resource " + CAPTIONS + " is missing from the bench jar");
            }
            List<Pattern> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(Pattern.compile(line.strip()));
                }
            }
            return out;
        }
    }
}
