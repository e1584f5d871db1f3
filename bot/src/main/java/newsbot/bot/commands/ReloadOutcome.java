package newsbot.bot.commands;

import java.util.List;
import java.util.Optional;
import newsbot.core.ingest.IngestReport;

/**
 * @param configProblems what was wrong with the configuration or topic file (the old one keeps running)
 * @param scan           the rescan, when it ran
 * @param scanProblem    why the rescan could not run, if it could not
 * @param refused        why nothing was even tried (a database that cannot be written), if so
 */
public record ReloadOutcome(List<String> configProblems, Optional<IngestReport> scan, Optional<String> scanProblem,
                            Optional<String> refused) {
    public ReloadOutcome {
        configProblems = List.copyOf(configProblems);
    }

    public ReloadOutcome(List<String> configProblems, Optional<IngestReport> scan, Optional<String> scanProblem) {
        this(configProblems, scan, scanProblem, Optional.empty());
    }

    /** Nothing was reloaded or rescanned, for this reason; the running configuration stays. */
    public static ReloadOutcome refused(String why) {
        return new ReloadOutcome(List.of(), Optional.empty(), Optional.empty(), Optional.of(why));
    }
}
