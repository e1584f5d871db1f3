package newsbot.bench;

import java.util.Arrays;

/** Dispatcher: {@code Bench summary CORPUS_DIR [SEEDS_DIR] [--tune] [--show]}. */
public final class Bench {
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("summary")) {
            SummaryBench.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.err.println("usage: Bench summary CORPUS_DIR [SEEDS_DIR] [--tune] [--show]");
        System.exit(2);
    }
}
