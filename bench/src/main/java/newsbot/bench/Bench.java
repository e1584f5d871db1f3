package newsbot.bench;

import java.util.Arrays;

/** {@code java -jar bench/target/newsbot-bench.jar BENCH ARGS...}: picks a benchmark by name. */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: newsbot-bench ingest CORPUS_DIR [--copies N] [--runs N] [--work DIR]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "ingest" -> IngestBench.main(rest);
            default -> {
                System.err.println("unknown benchmark: " + args[0]);
                System.exit(2);
            }
        }
    }
}
