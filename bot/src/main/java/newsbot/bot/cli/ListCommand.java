package newsbot.bot.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsbot.core.store.ArticleListing;
import newsbot.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every stored article, newest first.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() throws StoreException {
        List<ArticleListing> articles = root.openDigests(root.settings()).articles();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(articles.stream().map(ListCommand::toJson).toList()));
        } else {
            for (ArticleListing a : articles) {
                out.printf("%s %-25s %-5s %-22s %s%n    %s%n", a.relevant() ? "*" : " ",
                        a.published().map(Object::toString).orElse("(no date)"),
                        a.language(), a.outlet().isEmpty() ? "-" : a.outlet(), a.title(),
                        IngestCommand.printable(a.path()));
            }
            out.printf("%d article(s), %d on topic (*)%n", articles.size(),
                    articles.stream().filter(ArticleListing::relevant).count());
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> toJson(ArticleListing a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", a.path());
        m.put("paths", a.paths());
        m.put("title", a.title());
        m.put("published", a.published().map(Object::toString).orElse(null));
        m.put("language", a.language());
        m.put("url", a.url().isEmpty() ? null : a.url());
        m.put("outlet", a.outlet().isEmpty() ? null : a.outlet());
        m.put("kind", a.kind().code());
        m.put("author", a.author().isEmpty() ? null : a.author());
        m.put("format", a.format());
        m.put("relevant", a.relevant());
        m.put("score", a.score());
        m.put("reasons", a.reasons());
        return m;
    }
}
