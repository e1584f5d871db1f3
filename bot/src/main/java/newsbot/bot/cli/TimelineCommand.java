package newsbot.bot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsbot.bot.chart.ChartWarmUp;
import newsbot.bot.chart.TimelineChart;
import newsbot.bot.render.TimelineText;
import newsbot.core.Digests;
import newsbot.core.store.StoreException;
import newsbot.core.timeline.Timeline;
import newsbot.core.timeline.TimelineEntry;
import newsbot.core.timeline.TimelineQuery;
import newsbot.core.timeline.UnknownNameException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"The contacts (stories) in date order, oldest first: date, kind, level, participants by side,",
                "number of sources and story id; as text, JSON or a PNG picture of contacts per month by level."})
final class TimelineCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--since", paramLabel = "DATE",
            description = "First day: 2023-05-01, or a month (2023-05 = from its first day).")
    String since;

    @Option(names = "--until", paramLabel = "DATE",
            description = "Last day: 2024-12-31, or a month (2024-12 = to its last day).")
    String until;

    @Option(names = "--who", paramLabel = "NAME",
            description = "Only this person's (office's, mechanism's) contacts, named as search knows them: Dong Jun, 董军.")
    String who;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or png (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG",
            description = "Names of kinds, levels and sides: en or zh (default ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to this file instead of standard output (required for png).")
    Path out;

    @Override
    public Integer call() throws StoreException, IOException {
        if (!List.of("text", "json", "png").contains(format)) {
            throw new NewsbotCommand.UserError("--format must be text, json or png, got " + format, 2);
        }
        if (!List.of("en", "zh").contains(language)) {
            throw new NewsbotCommand.UserError("--lang must be en or zh, got " + language, 2);
        }
        if (format.equals("png") && out == null) {
            throw new NewsbotCommand.UserError("--format png needs --out FILE (a picture is not written to a terminal)", 2);
        }
        LocalDate first = since == null ? LocalDate.MIN : day(since, "--since", false);
        LocalDate last = until == null ? LocalDate.MAX : day(until, "--until", true);
        if (last.isBefore(first)) {
            throw new NewsbotCommand.UserError("--until " + until + " is before --since " + since, 2);
        }
        TimelineQuery query = new TimelineQuery(first, last, who);
        // Java2D and fonts start up on a second core while the database opens (the bulk of a cold picture's time)
        ChartWarmUp warmUp = format.equals("png") ? ChartWarmUp.start(language) : null;
        Digests digests = root.openDigests(root.settings());
        Timeline timeline;
        try {
            timeline = digests.timeline(query);
        } catch (UnknownNameException e) {
            throw new NewsbotCommand.UserError("--who: " + e.getMessage(), 2);
        }
        if (format.equals("png")) {
            TimelineChart chart = warmUp.chart();
            Files.write(out, chart.png(timeline, digests.topic().name()));
            if (language.equals("zh") && !chart.chinese()) {
                spec.commandLine().getErr().println("newsbot: no font on this machine draws Chinese (Debian: "
                        + "apt-get install fonts-noto-cjk); the picture's labels are in English");
            }
            return 0;
        }
        String text = switch (format) {
            case "json" -> Json.write(toJson(timeline)) + "\n";
            default -> TimelineText.of(timeline, digests.topic(), language).plain();
        };
        if (out != null) {
            Files.writeString(out, text);
        } else {
            PrintWriter w = spec.commandLine().getOut();
            w.print(text);
            w.flush();
        }
        return 0;
    }

    /** An ISO day, or a month standing for its first (or, for an end, its last) day. */
    private static LocalDate day(String s, String option, boolean end) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            try {
                YearMonth m = YearMonth.parse(s);
                return end ? m.atEndOfMonth() : m.atDay(1);
            } catch (DateTimeParseException e2) {
                throw new NewsbotCommand.UserError(option + ": not a date: \"" + s + "\" (e.g. 2024-04-16 or 2024-04)", 2);
            }
        }
    }

    static Map<String, Object> toJson(Timeline t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", t.from().toString());
        m.put("to", t.to().toString());
        m.put("who", t.who().isEmpty() ? null : t.who());
        m.put("count", t.entries().size());
        m.put("events", t.entries().stream().map(TimelineCommand::entry).toList());
        return m;
    }

    private static Map<String, Object> entry(TimelineEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", e.date().date().toString());
        m.put("datePrecision", e.date().precision().name().toLowerCase(java.util.Locale.ROOT));
        m.put("dateSource", e.date().source());
        m.put("kind", e.kind().map(k -> k.id()).orElse(null));
        m.put("kindName", e.kind().map(k -> k.name("en")).orElse(null));
        m.put("level", e.level().map(l -> l.id()).orElse(null));
        m.put("levelName", e.level().map(l -> l.name("en")).orElse(null));
        m.put("break", e.breakInContact());
        m.put("participants", e.participants().stream().map(p -> {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            pm.put("side", p.side().isEmpty() ? null : p.side());
            pm.put("id", p.entityId());
            return pm;
        }).toList());
        m.put("sources", e.sources().stream().map(s -> {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("path", s.path());
            sm.put("outlet", s.outlet().orElse(null));
            sm.put("title", s.title());
            return sm;
        }).toList());
        m.put("story", e.story());
        m.put("headline", e.headline());
        return m;
    }
}
