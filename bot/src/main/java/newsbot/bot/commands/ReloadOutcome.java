package newsbot.bot.commands;

import java.util.List;
import java.util.Optional;
import newsbot.core.ingest.IngestReport;

/**
 * @param configProblems what was wrong with the configuration or topic file (the old one keeps running)
 * @param scan           the rescan, when it ran
 * @param scanProblem    why the rescan could not run, if it could not
 */
public record ReloadOutcome(List<String> configProblems, Optional<IngestReport> scan, Optional<String> scanProblem) {
    public ReloadOutcome {
        configProblems = List.copyOf(configProblems);
    }
}
