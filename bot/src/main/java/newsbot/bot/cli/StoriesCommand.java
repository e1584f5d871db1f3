package newsbot.bot.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsbot.core.store.StoreException;
import newsbot.core.story.StoryListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List stories (the same event across outlets and languages), newest first.")
final class StoriesCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() throws StoreException {
        List<StoryListing> stories = root.openDigests(root.settings()).stories();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(stories.stream().map(StoriesCommand::toJson).toList()));
        } else {
            for (StoryListing s : stories) {
                out.printf("[%d] %s  %s  (%s)%n", s.id(), s.date(), s.headline(), String.join(", ", s.outlets()));
                for (String p : s.articles()) {
                    out.println("      " + IngestCommand.printable(p));
                }
            }
            out.printf("%d stor%s%n", stories.size(), stories.size() == 1 ? "y" : "ies");
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> toJson(StoryListing s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("headline", s.headline());
        m.put("date", s.date().toString());
        m.put("outlets", s.outlets());
        m.put("articles", s.articles());
        return m;
    }
}
