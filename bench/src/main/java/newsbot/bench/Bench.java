package newsbot.bench;

import java.util.Arrays;

/** {@code java -jar bench/target/newsbot-bench.jar BENCH ARGS...}: picks a benchmark by name. */
public final class Bench {
    private static final String USAGE = """
            usage: newsbot-bench ingest CORPUS_DIR [--copies N] [--runs N] [--work DIR] [--topic FILE]
                   newsbot-bench summary CORPUS_DIR [SEEDS_DIR] [--tune] [--show]
                   newsbot-bench digest CORPUS_DIR [--runs N] [--work DIR] [--topic FILE]
                   newsbot-bench chat-load CORPUS_DIR [--copies N] [--db FILE] [--runs N] [--requests N] [--work DIR] [--topic FILE]
                                           [--lanes N] [--transport-only]
                   newsbot-bench relevance DB [--topic FILE] [--judgements FILE]
                   newsbot-bench digest-quality DB --corpus DIR [--config FILE] [--summaries FILE] [--lang L] [--runs N] [--show]
                   newsbot-bench search CORPUS_DIR [--labels FILE] [--db FILE] [--speed-db FILE] [--copies N] [--runs N]
                                        [--rounds N] [--work DIR] [--topic FILE] [--no-speed] [--show]
                   newsbot-bench events CORPUS_DIR --labels EVAL_DIR [--own FILE] [--db FILE] [--topic FILE] [--copies N] [--work DIR]
                   newsbot-bench vocabulary DB [--topic FILE]
                   newsbot-bench postgres CORPUS_DIR --pg JDBC_URL [--labels FILE] [--runs N] [--rounds N] [--work DIR]
                                          [--topic FILE] [--show] [--no-ingest] [--no-speed]""";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (Arrays.asList(rest).contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        try {
            run(args[0], rest);
        } catch (IllegalArgumentException e) {
            // a mistyped option: say which, and how the benchmark is called
            System.err.println("newsbot-bench " + args[0] + ": " + e.getMessage() + "\n" + USAGE);
            System.exit(2);
        }
    }

    private static void run(String bench, String[] rest) throws Exception {
        switch (bench) {
            case "ingest" -> IngestBench.main(rest);
            case "summary" -> SummaryBench.main(rest);
            case "digest" -> DigestBench.main(rest);
            case "chat-load" -> ChatLoadBench.main(rest);
            case "relevance" -> RelevanceCheck.main(rest);
            case "digest-quality" -> DigestQualityBench.main(rest);
            case "search" -> SearchBench.main(rest);
            case "events" -> EventBench.main(rest);
            case "timeline" -> TimelineBench.main(rest);
            case "vocabulary" -> VocabularyBench.main(rest);
            case "postgres" -> PostgresBench.main(rest);
            default -> {
                System.err.println("unknown benchmark: " + bench + "\n" + USAGE);
                System.exit(2);
            }
        }
    }
}
