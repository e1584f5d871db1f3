package newsbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsbot.bot.chat.RetryPolicy;
import newsbot.bot.chat.Secret;
import newsbot.bot.chat.Sleeper;
import newsbot.bot.commands.AdminPolicy;
import newsbot.bot.commands.BotControl;
import newsbot.bot.commands.CommandRouter;
import newsbot.bot.commands.ReloadOutcome;
import newsbot.bot.telegram.TelegramBot;
import newsbot.bot.telegram.TelegramSettings;
import newsbot.core.Digests;
import newsbot.core.ingest.IngestListener;
import newsbot.core.ingest.IngestOptions;
import newsbot.core.ingest.IngestReport;
import newsbot.core.ingest.Ingester;

/**
 * 100 concurrent /search requests from 100 chats through the real TelegramBot (long polling, OkHttp, the command
 * router, the renderer and SQLite search) against a fake Bot API on 127.0.0.1. A request's reply time runs from the
 * moment getUpdates hands its update to the bot to the moment its reply's sendMessage arrives at the fake.
 *
 * <pre>java -Xmx1g -jar bench/target/newsbot-bench.jar chat-load /tmp/corpus --copies 10 --db /tmp/newsbot-chat-load/x10.db --runs 5</pre>
 * With an existing --db that holds articles, the ingest is skipped.
 */
final class ChatLoadBench {
    private static final String TOKEN = "123456:BENCH-FAKE-TOKEN-not-real";
    private static final List<String> QUERIES = List.of("董军", "防长", "两军", "Austin", "Dong Jun", "海上军事安全磋商机制",
            "talks", "Shangri-La", "奥斯汀", "五角大楼", "\"video call\"", "Pentagon hotline");

    private ChatLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int copies = 10;
        int runs = 5;
        int requests = 100;
        int lanes = TelegramSettings.defaults().workerLanes();
        boolean transportOnly = false; // answer every request with one short fixed line: the Telegram path alone
        boolean distinct = false; // every request of every burst a query not asked before: no answer can be reused
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "newsbot-chat-load");
        Path db = null;
        Path topic = Path.of("config", "topics", "us-china-military.yml");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--db" -> db = Path.of(args[++i]);
                case "--topic" -> topic = Path.of(args[++i]);
                case "--transport-only" -> transportOnly = true;
                case "--distinct" -> distinct = true;
                case "--lanes" -> lanes = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(work);
        if (db == null) {
            db = work.resolve("chat-load-x" + copies + ".db");
        }
        Digests digests = Digests.open(db, topic, Clock.systemUTC());
        if (digests.status().articles() == 0) {
            Path folder = work.resolve("corpus-x" + copies);
            if (!Files.isDirectory(folder)) {
                CorpusCopies.make(corpus, folder, copies);
            }
            long t0 = System.nanoTime();
            IngestReport r = digests.ingest(folder, IngestOptions.defaults(), IngestListener.NONE);
            System.out.printf(Locale.ROOT, "ingested %s: %d files, %d added, %d rejected in %.1f s%n", folder,
                    r.scanned(), r.added(), r.rejected(), (System.nanoTime() - t0) / 1e9);
        }
        var status = digests.status();
        System.out.printf(Locale.ROOT, "database %s: %d articles (%d on topic), %d stories; max heap %d MB, %d cores%n",
                db, status.articles(), status.relevant(), status.stories(), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());

        CommandRouter router = new CommandRouter(digests, new AdminPolicy(Set.of(), Set.of()), new NoControl(),
                ZoneId.of("UTC"));
        serialCosts(router, digests);
        List<String> fresh = distinct ? FreshQueries.of(digests, (runs + 1) * requests, QUERIES) : List.of();
        if (distinct) {
            System.out.printf(Locale.ROOT, "distinct queries: %d names of the topic and glossary, none asked before%n",
                    fresh.size());
        }
        try (FakeBotApi api = new FakeBotApi()) {
            TelegramSettings settings = TelegramSettings.defaults().withApiUrl(api.url())
                    .withLongPoll(Duration.ofSeconds(1)).withRetry(RetryPolicy.DEFAULT).withWorkerLanes(lanes);
            HandlerTimes times = new HandlerTimes();
            newsbot.bot.chat.ChatHandler handler = transportOnly
                    ? request -> newsbot.bot.chat.ChatReply.plain("ok " + request.args())
                    : router;
            TelegramBot bot = new TelegramBot(new Secret(TOKEN), settings, times.timing(handler), router.commandInfos(),
                    (platform, chat, failure) -> System.out.println("lost chat " + chat + ": " + failure.reason()),
                    Clock.systemUTC(), Sleeper.SYSTEM);
            bot.start();
            try {
                RunResult warm = run(api, times, requests, 0, queries(fresh, 0, requests));
                System.out.printf(Locale.ROOT, "warm-up: %s%n", warm);
                long heapBefore = usedHeapAfterGc();
                List<RunResult> results = new ArrayList<>();
                for (int r = 1; r <= runs; r++) {
                    RunResult result = run(api, times, requests, r, queries(fresh, r, requests));
                    results.add(result);
                    System.out.printf(Locale.ROOT, "run %d: %s%n", r, result);
                }
                long heapAfter = usedHeapAfterGc();
                double[] p50 = results.stream().mapToDouble(RunResult::p50).toArray();
                double[] p99 = results.stream().mapToDouble(RunResult::p99).toArray();
                double[] whole99 = results.stream().mapToDouble(RunResult::wholeP99).toArray();
                double[] wall = results.stream().mapToDouble(RunResult::wallMillis).toArray();
                double[] cpu = results.stream().mapToDouble(RunResult::cpuMillis).toArray();
                int answered = results.stream().mapToInt(RunResult::answered).sum();
                int errors = results.stream().mapToInt(RunResult::errors).sum();
                System.out.printf(Locale.ROOT, "%nmedian of %d runs x %d requests: answered %d/%d, errors %d, "
                                + "first reply p50 %.0f ms, p99 %.0f ms (whole reply p99 %.0f ms), all answered in %.0f ms%n",
                        runs, requests, answered, runs * requests, errors, Stats.median(p50), Stats.median(p99),
                        Stats.median(whole99), Stats.median(wall));
                System.out.printf(Locale.ROOT, "process CPU per burst: median %.0f ms (%d cores)%n", Stats.median(cpu),
                        Runtime.getRuntime().availableProcessors());
                System.out.printf(Locale.ROOT, "heap after GC: before runs %d MB, after runs %d MB%n", heapBefore >> 20,
                        heapAfter >> 20);
                System.out.println("p99 <= 500 ms: " + (Stats.median(p99) <= 500 ? "yes" : "NO"));
            } finally {
                bot.close();
            }
        }
    }

    /** Each query alone, one after another: the core search and the router with rendering, median of 5 (after 2 warm). */
    private static void serialCosts(CommandRouter router, Digests digests) throws Exception {
        for (String q : QUERIES) {
            double[] search = new double[5];
            double[] routed = new double[5];
            for (int i = -2; i < 5; i++) {
                long t0 = System.nanoTime();
                digests.search(new newsbot.core.search.SearchQuery(q, 10, 1, false));
                long t1 = System.nanoTime();
                router.handle(new newsbot.bot.chat.ChatRequest(newsbot.bot.chat.Platform.TELEGRAM, "1", "1", "bench", "en",
                        "search", q, newsbot.bot.chat.ChatKind.PRIVATE, newsbot.bot.chat.Origin.COMMAND, ""));
                long t2 = System.nanoTime();
                if (i >= 0) {
                    search[i] = (t1 - t0) / 1e6;
                    routed[i] = (t2 - t1) / 1e6;
                }
            }
            System.out.printf(Locale.ROOT, "serial %-24s search %6.1f ms, router+render %6.1f ms%n", q,
                    Stats.median(search), Stats.median(routed));
        }
    }

    /** The queries of burst {@code round}: its own share of {@code fresh}, or the fixed list when that is empty. */
    private static List<String> queries(List<String> fresh, int round, int n) {
        return fresh.isEmpty() ? QUERIES : fresh.subList(round * n, (round + 1) * n);
    }

    /** One burst: {@code n} chats each send one /search at once; waits for every reply (30 s at most). */
    private static RunResult run(FakeBotApi api, HandlerTimes times, int n, int round, List<String> queries)
            throws InterruptedException {
        api.clear();
        times.clear();
        Map<Long, String> asked = new HashMap<>();
        for (int i = 0; i < n; i++) {
            long chat = 1_000_000L + round * 10_000L + i;
            String query = queries.get(i % queries.size());
            asked.put(chat, query);
            api.privateMessage(chat, "/search " + query);
        }
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        long deadline = start + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && answeredChats(api) < n) {
            Thread.sleep(5);
        }
        long wall = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart; // the bot's and the fake's: the work a quiet machine must do
        Thread.sleep(1500); // later parts of a split reply are paced at 1 per second per chat
        Map<Long, Long> first = new HashMap<>();
        Map<Long, Long> last = new HashMap<>();
        int errors = 0;
        for (FakeBotApi.Sent s : api.sent()) {
            first.merge(s.chatId(), s.arrivedNanos(), Math::min);
            last.merge(s.chatId(), s.arrivedNanos(), Math::max);
            if (s.text().startsWith("Sorry") || s.text().startsWith("抱歉")) {
                errors++;
            }
        }
        List<Double> firstMs = new ArrayList<>();
        List<Double> wholeMs = new ArrayList<>();
        for (Map.Entry<Long, Long> e : first.entrySet()) {
            Long served = api.servedNanos().get(e.getKey());
            if (served != null && asked.containsKey(e.getKey())) {
                firstMs.add((e.getValue() - served) / 1e6);
                wholeMs.add((last.get(e.getKey()) - served) / 1e6);
            }
        }
        System.out.println("  " + times.breakdown(api.servedNanos(), api.sent()));
        int answered = firstMs.size();
        errors += n - answered + api.unexpectedCalls();
        double[] f = firstMs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] w = wholeMs.stream().mapToDouble(Double::doubleValue).toArray();
        return new RunResult(answered, errors, api.sent().size(), Stats.percentile(f, 50), Stats.percentile(f, 99),
                Stats.percentile(w, 99), f.length == 0 ? Double.NaN : java.util.Arrays.stream(f).max().getAsDouble(),
                wall / 1e6, cpu / 1e6);
    }

    private static long answeredChats(FakeBotApi api) {
        return api.sent().stream().mapToLong(FakeBotApi.Sent::chatId).distinct().count();
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private record RunResult(int answered, int errors, int messages, double p50, double p99, double wholeP99,
                             double max, double wallMillis, double cpuMillis) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "answered %d, errors %d, %d messages, first reply p50 %.0f ms, p99 %.0f ms, "
                    + "max %.0f ms, whole reply p99 %.0f ms, all answered in %.0f ms, process CPU %.0f ms", answered,
                    errors, messages, p50, p99, max, wholeP99, wallMillis, cpuMillis);
        }
    }

    /** CPU time of this whole process so far (every thread, the JIT and GC included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The benchmark has no configuration to reload. */
    private static final class NoControl implements BotControl {
        @Override
        public ReloadOutcome reload() {
            return new ReloadOutcome(List.of("not available in the benchmark"), Optional.empty(), Optional.empty());
        }

        @Override
        public List<String> statusLines() {
            return List.of();
        }
    }
}
