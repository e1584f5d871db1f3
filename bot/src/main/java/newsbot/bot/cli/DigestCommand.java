package newsbot.bot.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsbot.bot.render.EmptyDigest;
import newsbot.bot.render.JsonRenderer;
import newsbot.bot.render.PlainTextRenderer;
import newsbot.bot.render.RenderSettings;
import newsbot.bot.render.SlackMessage;
import newsbot.bot.render.SlackRenderer;
import newsbot.bot.render.TelegramHtmlRenderer;
import newsbot.core.digest.Digest;
import newsbot.core.digest.DigestRequest;
import newsbot.core.store.StoreException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "digest", mixinStandardHelpOptions = true,
        description = {"Print the digest of relevant stories: each event once, summarised, with its sources.",
                "The main job on the embedded default: `newsbot ingest && newsbot digest`."})
final class DigestCommand implements Callable<Integer> {
    @ParentCommand
    NewsbotCommand root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true)
    Period period = new Period();

    static final class Period {
        @Option(names = "--since", paramLabel = "INSTANT",
                description = "Only articles published at or after this time: 2024-04-16T00:00:00Z, 2024-04-16T08:00+08:00 or 2024-04-16.")
        String since;

        @Option(names = "--all", description = "Every relevant story (the default).")
        boolean all;
    }

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, telegram (HTML messages), slack (Block Kit messages as JSON) or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--lang", defaultValue = "source", paramLabel = "LANG",
            description = "Summary language: zh, en or source (each story in its best article's language; default ${DEFAULT-VALUE}).")
    String language;

    @Override
    public Integer call() throws StoreException {
        if (!List.of("zh", "en", "source").contains(language)) {
            throw new NewsbotCommand.UserError("--lang must be zh, en or source, got " + language, 2);
        }
        Optional<Instant> since = Optional.ofNullable(period.since).map(DigestCommand::instant);
        Digest digest = root.openDigests(root.settings())
                .digest(new DigestRequest(0, since, language, since));
        ZoneId zone = ZoneId.systemDefault();
        RenderSettings settings = language.equals("zh") ? RenderSettings.chinese(zone) : RenderSettings.english(zone);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "text" -> out.println(new PlainTextRenderer(settings).digest(digest, EmptyDigest.NOTICE));
            case "json" -> out.println(new JsonRenderer().digest(digest));
            case "telegram" -> {
                List<String> parts = new TelegramHtmlRenderer(settings).digest(digest, EmptyDigest.NOTICE);
                for (int i = 0; i < parts.size(); i++) {
                    if (parts.size() > 1) {
                        out.printf("<!-- message %d of %d -->%n", i + 1, parts.size());
                    }
                    out.println(parts.get(i));
                }
            }
            case "slack" -> {
                List<SlackMessage> parts = new SlackRenderer(settings).digest(digest, EmptyDigest.NOTICE);
                out.println(Json.write(parts.stream().map(m -> {
                    Map<String, Object> j = new LinkedHashMap<>();
                    j.put("text", m.text());
                    j.put("blocks", m.blocks());
                    return j;
                }).toList()));
            }
            default -> throw new NewsbotCommand.UserError("--format must be text, telegram, slack or json, got " + format, 2);
        }
        out.flush();
        return 0;
    }

    private static Instant instant(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(s).atStartOfDay(ZoneId.systemDefault()).toInstant();
                } catch (DateTimeParseException e3) {
                    throw new NewsbotCommand.UserError("--since: not a date or time: \"" + s
                            + "\" (e.g. 2024-04-16, 2024-04-16T08:00+08:00, 2024-04-16T00:00:00Z)", 2);
                }
            }
        }
    }
}
