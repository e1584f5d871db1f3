package newsbot.bot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsbot.core.store.ArticleListing;
import newsbot.core.store.StoreException;
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
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(ListCommand.toJson(a)));
        } else {
            out.printf("%s%n%s · %s%n", a.title(), IngestCommand.printable(a.path()), a.outlet().isEmpty() ? "-" : a.outlet());
            out.printf("%s (score %.1f)%n", a.relevant() ? "ON TOPIC" : "not on topic", a.score());
            if (a.reasons().isEmpty()) {
                out.println("  no rule of the topic fired");
            }
            for (String r : a.reasons()) {
                out.println("  - " + r);
            }
            if (!a.entities().isEmpty()) {
                out.println("Mentions: " + String.join(", ", a.entities()));
            }
        }
        out.flush();
        return 0;
    }

    private static java.util.Optional<ArticleListing> find(newsbot.core.Digests digests, String p) {
        try {
            return digests.article(p);
        } catch (StoreException e) {
            throw new NewsbotCommand.UserError(e.getMessage(), 4);
        }
    }
}
