package newsbot.bot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import newsbot.core.store.ArticleListing;
import newsbot.core.store.StoreException;
import newsbot.core.topic.Explanation;
import newsbot.core.topic.RuleContribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show whether an article is on topic, its score, and why.")
final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "The article's path, relative to the articles folder (as `list` shows it).")
    String path;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws StoreException {
        String wanted = path.replace('\\', '/');
        var digests = root.openDigests(root.settings());
        ArticleListing a = digests.article(wanted)
                .or(() -> {
                    // Accept a path given relative to the working directory too, e.g. seeds/003_x.txt.
                    Path p = Path.of(wanted);
                    return p.getNameCount() > 1 ? find(digests, p.subpath(1, p.getNameCount()).toString().replace('\\', '/')) : java.util.Optional.empty();
                })
                .orElseThrow(() -> new NewsbotCommand.UserError("no stored article at " + path
                        + " (paths are relative to the articles folder; see `newsbot list`)", 6));
        Explanation e = explanation(digests, a);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = ListCommand.toJson(a);
            m.put("relevant", e.relevant());
            m.put("score", e.score());
            m.put("threshold", e.threshold());
            m.put("rules", e.rules().stream().map(r -> {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("id", r.ruleId());
                rm.put("weight", r.weight());
                rm.put("times", r.times());
                rm.put("contribution", r.contribution());
                rm.put("reason", r.reason());
                return rm;
            }).toList());
            m.put("reasons", e.rules().stream().map(RuleContribution::reason).toList());
            out.println(Json.write(m));
        } else {
            out.printf("%s%n%s · %s%n", a.title(), IngestCommand.printable(a.path()), a.outlet().isEmpty() ? "-" : a.outlet());
            out.printf(Locale.ROOT, "%s: score %s %s threshold %s%n", e.relevant() ? "ON TOPIC" : "not on topic",
                    number(e.score()), e.relevant() ? "≥" : "<", number(e.threshold()));
            if (e.rules().isEmpty()) {
                out.println("  no rule of the topic fired");
            }
            for (RuleContribution r : e.rules()) {
                String times = r.times() > 1 ? " × " + r.times() : "";
                out.printf(Locale.ROOT, "  %6s  %s%s: %s%n", signed(r.contribution()), r.ruleId(),
                        times.isEmpty() ? "" : " (" + signed(r.weight()) + times + ")", r.reason());
            }
            out.printf(Locale.ROOT, "  %6s  sum (threshold %s)%n", "= " + number(e.score()), number(e.threshold()));
            if (!e.entityIds().isEmpty()) {
                out.println("Mentions: " + String.join(", ", e.entityIds()));
            }
        }
        out.flush();
        return 0;
    }

    private static Explanation explanation(newsbot.core.Digests digests, ArticleListing a) {
        try {
            return digests.explain(a).orElseThrow(() -> new NewsbotCommand.UserError(
                    "the article at " + a.path() + " has no stored text to explain", 6));
        } catch (StoreException e) {
            throw new NewsbotCommand.UserError(e.getMessage(), 4);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String signed(double v) {
        return (v < 0 ? "−" : "+") + number(Math.abs(v));
    }

    private static java.util.Optional<ArticleListing> find(newsbot.core.Digests digests, String p) {
        try {
            return digests.article(p);
        } catch (StoreException e) {
            throw new NewsbotCommand.UserError(e.getMessage(), 4);
        }
    }
}
