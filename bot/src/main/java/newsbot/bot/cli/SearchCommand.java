package newsbot.bot.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsbot.core.search.InvalidQueryException;
import newsbot.core.search.SearchHit;
import newsbot.core.search.SearchQuery;
import newsbot.core.search.SearchResults;
import newsbot.core.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Full-text search in Chinese and English; English names, places and terms also find Chinese articles.",
                "Quote phrases (\"defense policy\"), exclude with -word (put -- first if the query starts with -h or -V)."})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words, names or \"quoted phrases\".")
    List<String> words;

    @Option(names = "--limit", defaultValue = "10", description = "Results per page (1-50, default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--page", defaultValue = "1", description = "Page number, from 1.")
    int page;

    @Option(names = "--all-topics", description = "Search every article, not only the ones on topic.")
    boolean allTopics;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws StoreException {
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new NewsbotCommand.UserError("--limit must be between 1 and " + SearchQuery.MAX_LIMIT, 2);
        }
        if (page < 1) {
            throw new NewsbotCommand.UserError("--page must be 1 or more", 2);
        }
        SearchResults results;
        try {
            results = root.openDigests(root.settings()).search(new SearchQuery(String.join(" ", words), limit, page, allTopics));
        } catch (InvalidQueryException e) {
            throw new NewsbotCommand.UserError(e.getMessage(), 2);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("page", results.page());
            m.put("pages", results.pages());
            m.put("total", results.total());
            m.put("totalIsExact", results.totalIsExact());
            m.put("hasMore", results.hasMore());
            m.put("message", results.message().isEmpty() ? null : results.message());
            m.put("corrections", results.corrections().stream()
                    .map(c -> Map.of("typed", c.typed(), "searched", c.searched())).toList());
            m.put("suggestions", results.suggestions());
            m.put("results", results.hits().stream().map(SearchCommand::toJson).toList());
            out.println(Json.write(m));
        } else {
            text(out, results);
        }
        out.flush();
        return 0;
    }

    private void text(PrintWriter out, SearchResults results) {
        if (!results.message().isEmpty()) {
            out.println(results.message());
        }
        for (SearchResults.Correction c : results.corrections()) {
            out.printf("Showing results for \"%s\" (you typed \"%s\").%n", c.searched(), c.typed());
        }
        int n = (results.page() - 1) * limit;
        for (SearchHit h : results.hits()) {
            out.printf("%d. %s%n   %s · %s · %s%n   %s%n   matched: %s%n", ++n, h.title(),
                    h.published().map(Object::toString).orElse("(no date)"),
                    h.outlet().isEmpty() ? "-" : h.outlet(), IngestCommand.printable(h.path()),
                    h.snippet().plain(), h.matched());
            if (!h.copies().isEmpty()) {
                out.printf("   copies: %s%n", String.join(", ", h.copies().stream().map(IngestCommand::printable).toList()));
            }
        }
        if (results.pastTheEnd()) {
            out.printf("Page %d is past the end: there %s.%n", results.page(),
                    results.pages() == 1 ? "is 1 page" : "are " + results.pages() + " pages");
        } else if (results.hits().isEmpty()) {
            out.println("No results." + (results.suggestions().isEmpty() ? ""
                    : " Did you mean: " + String.join(", ", results.suggestions()) + "?")
                    + (allTopics ? "" : " Try --all-topics to search articles off the topic too."));
        } else if (results.hasMore()) {
            out.printf("%s results; more: --page %d%n", results.total() + (results.totalIsExact() ? "" : "+"),
                    results.page() + 1);
        }
    }

    static Map<String, Object> toJson(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", h.path());
        m.put("title", h.title());
        m.put("published", h.published().map(Object::toString).orElse(null));
        m.put("outlet", h.outlet().isEmpty() ? null : h.outlet());
        m.put("url", h.url().isEmpty() ? null : h.url());
        m.put("score", h.score());
        m.put("snippet", h.snippet().plain());
        m.put("highlights", h.snippet().highlights().stream().map(r -> List.of(r.start(), r.end())).toList());
        m.put("matched", h.matched());
        m.put("copies", h.copies());
        return m;
    }
}
