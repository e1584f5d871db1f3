package newsbot.bot.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsbot.core.store.StoreException;
import newsbot.core.event.Event;
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
        List<Event> stories = root.openDigests(root.settings()).stories();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(stories.stream().map(StoriesCommand::toJson).toList()));
        } else {
            for (Event s : stories) {
                String kind = s.kind().isEmpty() ? "" : s.kind() + " · ";
                String who = s.participants().stream().map(p -> p.name()).collect(java.util.stream.Collectors.joining(", "));
                out.printf("[%d] %s  %s%s%s%n", s.id(), s.date().date(), kind, s.centralMember().title(),
                        who.isEmpty() ? "" : "  (" + who + ")");
                for (Event.Member m : s.members()) {
                    out.println("      " + IngestCommand.printable(m.paths().isEmpty() ? m.title() : m.paths().get(0))
                            + m.outlet().map(o -> "  · " + o).orElse(""));
                }
            }
            out.printf("%d stor%s%n", stories.size(), stories.size() == 1 ? "y" : "ies");
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> toJson(Event s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("headline", s.centralMember().title());
        m.put("date", s.date().date().toString());
        m.put("datePrecision", s.date().precision().name().toLowerCase(java.util.Locale.ROOT));
        m.put("dateSource", s.date().source());
        m.put("kind", s.kind().isEmpty() ? null : s.kind());
        m.put("participants", s.participants().stream().map(p -> {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("id", p.entityId());
            pm.put("name", p.name());
            pm.put("side", p.side());
            return pm;
        }).toList());
        m.put("outlets", s.outlets());
        m.put("articles", s.members().stream().map(a -> {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("path", a.paths().isEmpty() ? null : a.paths().get(0));
            am.put("paths", a.paths());
            am.put("title", a.title());
            am.put("outlet", a.outlet().orElse(null));
            am.put("url", a.url().isEmpty() ? null : a.url());
            am.put("copy", a.copy());
            am.put("why", a.placement());
            return am;
        }).toList());
        return m;
    }
}
