package newsbot.bot.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsbot.core.source.InvalidSourceRuleException;
import newsbot.core.source.SourceRule;
import newsbot.core.source.SourceRules;
import newsbot.core.store.DatabaseLocation;
import org.quartz.CronExpression;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads config/newsbot.yml. Relative paths in the file are resolved against the file's own folder, so
 * {@code --config /etc/newsbot/newsbot.yml} finds its topic from any working directory; a file without a
 * {@code topic} uses the topic bundled in the jar. Every error names the file, the line and the key.
 */
public final class ConfigLoader {
    private static final Set<String> TOP = Set.of("articles", "database", "topic", "ingest", "schedule", "telegram",
            "slack", "subscriptions", "server", "sources");
    private static final Set<String> SERVER = Set.of("port", "host");
    private static final Set<String> INGEST = Set.of("max-file-bytes", "threads");
    private static final Set<String> SCHEDULE = Set.of("ingest-every-minutes", "watch", "debounce-seconds",
            "cluster-checkin-seconds");
    private static final Set<String> TELEGRAM = Set.of("api-url", "admins");
    private static final Set<String> SLACK = Set.of("api-url", "mode", "http-port", "commands", "admins");
    private static final Set<String> SOURCE = Set.of("folder", "path", "host", "names", "title", "outlet", "kind");
    private static final Set<String> SUBSCRIPTION = Set.of("platform", "chat", "thread", "cron", "zone", "language",
            "when-empty", "topic", "chart");

    public BotConfig load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the configuration file: " + e.getMessage());
        }
        Optional<Node> root = compose(file, text);
        BotConfig d = BotConfig.defaults();
        if (root.isEmpty()) {
            return d;
        }
        Map<String, ConfigNode> top = new ConfigNode(file, "", root.get()).mapping(TOP);
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path articles = top.containsKey("articles") ? top.get("articles").path(folder) : d.articles();
        DatabaseLocation database = top.containsKey("database") ? top.get("database").database(folder) : d.database();
        Path topic = top.containsKey("topic") ? top.get("topic").path(folder) : d.topic();
        long maxBytes = d.maxFileBytes();
        int threads = d.ingestThreads();
        if (top.containsKey("ingest")) {
            Map<String, ConfigNode> ingest = top.get("ingest").mapping(INGEST);
            if (ingest.containsKey("max-file-bytes")) {
                maxBytes = ingest.get("max-file-bytes").positiveLong();
            }
            if (ingest.containsKey("threads")) {
                threads = ingest.get("threads").positiveInt(64);
            }
        }
        return new BotConfig(articles, database, topic, maxBytes, threads,
                top.containsKey("schedule") ? schedule(top.get("schedule")) : d.schedule(),
                top.containsKey("telegram") ? telegram(top.get("telegram")) : d.telegram(),
                top.containsKey("slack") ? slack(top.get("slack")) : d.slack(),
                top.containsKey("subscriptions") ? subscriptions(top.get("subscriptions")) : List.of(),
                top.containsKey("server") ? server(top.get("server")) : ServerSettings.defaults(),
                top.containsKey("sources") ? sources(top.get("sources")) : SourceRules.NONE);
    }

    private static ServerSettings server(ConfigNode node) throws ConfigException {
        Map<String, ConfigNode> m = node.mapping(SERVER);
        Optional<Integer> port = Optional.empty();
        if (m.containsKey("port")) {
            String v = m.get("port").string();
            port = Optional.of(v.equals("0") ? 0 : m.get("port").positiveInt(65535));
        }
        return new ServerSettings(port, m.containsKey("host") ? m.get("host").string() : ServerSettings.DEFAULT_HOST);
    }

    private static SourceRules sources(ConfigNode node) throws ConfigException {
        List<SourceRule> rules = new ArrayList<>();
        for (ConfigNode item : node.list()) {
            Map<String, ConfigNode> m = item.mapping(SOURCE);
            SourceRule.Builder b = SourceRule.builder();
            if (m.containsKey("folder")) {
                b.folder(m.get("folder").string());
            }
            if (m.containsKey("path")) {
                b.path(m.get("path").string());
            }
            if (m.containsKey("host")) {
                b.host(m.get("host").string());
            }
            if (m.containsKey("names")) {
                ConfigNode names = m.get("names");
                List<String> list = new ArrayList<>();
                for (ConfigNode n : names.isList() ? names.list() : List.of(names)) {
                    list.add(n.string());
                }
                b.names(list);
            }
            if (m.containsKey("title")) {
                b.title(m.get("title").string());
            }
            if (m.containsKey("outlet")) {
                b.outlet(m.get("outlet").string());
            }
            if (m.containsKey("kind")) {
                b.kind(m.get("kind").string());
            }
            try {
                rules.add(b.build());
            } catch (InvalidSourceRuleException e) {
                throw (m.containsKey(e.key()) ? m.get(e.key()) : item).error(e.getMessage());
            }
        }
        return new SourceRules(rules);
    }

    private static ScheduleSettings schedule(ConfigNode node) throws ConfigException {
        ScheduleSettings d = ScheduleSettings.defaults();
        Map<String, ConfigNode> m = node.mapping(SCHEDULE);
        return new ScheduleSettings(
                m.containsKey("ingest-every-minutes") ? m.get("ingest-every-minutes").positiveInt(7 * 24 * 60) : d.ingestEveryMinutes(),
                m.containsKey("watch") ? m.get("watch").bool() : d.watch(),
                m.containsKey("debounce-seconds") ? m.get("debounce-seconds").positiveInt(3600) : d.debounceSeconds(),
                m.containsKey("cluster-checkin-seconds") ? m.get("cluster-checkin-seconds").positiveInt(600)
                        : d.clusterCheckinSeconds());
    }

    private static TelegramSettings telegram(ConfigNode node) throws ConfigException {
        Map<String, ConfigNode> m = node.mapping(TELEGRAM);
        String url = m.containsKey("api-url") ? url(m.get("api-url")) : TelegramSettings.DEFAULT_API_URL;
        Set<Long> admins = new HashSet<>();
        if (m.containsKey("admins")) {
            for (ConfigNode a : m.get("admins").list()) {
                try {
                    admins.add(Long.parseLong(a.string()));
                } catch (NumberFormatException e) {
                    throw a.error("expected a numeric Telegram user id, got \"" + a.string() + "\"");
                }
            }
        }
        return new TelegramSettings(url, admins);
    }

    private static SlackSettings slack(ConfigNode node) throws ConfigException {
        SlackSettings d = SlackSettings.defaults();
        Map<String, ConfigNode> m = node.mapping(SLACK);
        String url = m.containsKey("api-url") ? url(m.get("api-url")) : d.apiUrl();
        if (!url.endsWith("/")) {
            url = url + "/";
        }
        Map<String, String> commands = new HashMap<>(d.commands());
        if (m.containsKey("commands")) {
            for (Map.Entry<String, ConfigNode> e : m.get("commands").mapping(d.commands().keySet()).entrySet()) {
                String name = e.getValue().string();
                if (!name.matches("/[a-z0-9_-]{1,31}")) {
                    throw e.getValue().error("expected a slash command like /latest, got \"" + name + "\"");
                }
                commands.put(e.getKey(), name);
            }
        }
        Set<String> admins = new HashSet<>();
        if (m.containsKey("admins")) {
            for (ConfigNode a : m.get("admins").list()) {
                admins.add(a.string());
            }
        }
        return new SlackSettings(url,
                m.containsKey("mode") ? m.get("mode").oneOf(Set.of("socket", "http")) : d.mode(),
                m.containsKey("http-port") ? m.get("http-port").positiveInt(65535) : d.httpPort(),
                commands, admins);
    }

    private static List<Subscription> subscriptions(ConfigNode node) throws ConfigException {
        List<Subscription> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ConfigNode item : node.list()) {
            Map<String, ConfigNode> m = item.mapping(SUBSCRIPTION);
            for (String required : List.of("platform", "chat", "cron")) {
                if (!m.containsKey(required)) {
                    throw item.error("missing key \"" + required + "\"");
                }
            }
            String cron = m.get("cron").string();
            if (!CronExpression.isValidExpression(cron)) {
                throw m.get("cron").error("not a valid Quartz cron expression (seconds minutes hours day-of-month "
                        + "month day-of-week), e.g. \"0 0 8 * * ?\": \"" + cron + "\"");
            }
            ZoneId zone = ZoneId.of("UTC");
            if (m.containsKey("zone")) {
                try {
                    zone = ZoneId.of(m.get("zone").string());
                } catch (DateTimeException e) {
                    throw m.get("zone").error("unknown time zone \"" + m.get("zone").string() + "\", e.g. Asia/Shanghai");
                }
            }
            if (m.containsKey("topic")) { // accepted and ignored would be worse than refused
                throw m.get("topic").error("a subscription cannot have a topic of its own yet: newsbot runs one topic, "
                        + "the top-level \"topic\"; remove this line");
            }
            String platform = m.get("platform").oneOf(Set.of("telegram", "slack"));
            String chat = m.get("chat").string();
            if (chat.contains("/")) {
                throw m.get("chat").error("a chat id has no \"/\"; for a Telegram forum topic give its id as thread");
            }
            if (m.containsKey("thread")) {
                if (!platform.equals("telegram")) {
                    throw m.get("thread").error("thread is the message_thread_id of a Telegram forum topic; "
                            + "Slack subscriptions post to the channel");
                }
                // one destination string through the bot: CHAT/THREAD (newsbot.bot.telegram.TelegramChat)
                chat = chat + "/" + m.get("thread").positiveInt(Integer.MAX_VALUE);
            }
            Subscription s = new Subscription(platform, chat, cron, zone,
                    m.containsKey("language") ? m.get("language").oneOf(Set.of("zh", "en", "source")) : "source",
                    m.containsKey("when-empty") ? m.get("when-empty").oneOf(Set.of("silent", "notice")) : "silent",
                    Optional.empty(), m.containsKey("chart") && m.get("chart").bool());
            if (!keys.add(s.key())) {
                throw item.error("a second subscription for " + s.key() + "; one chat gets one digest schedule");
            }
            out.add(s);
        }
        return out;
    }

    private static String url(ConfigNode n) throws ConfigException {
        String v = n.string();
        if (!v.startsWith("http://") && !v.startsWith("https://")) {
            throw n.error("expected an http:// or https:// URL, got \"" + v + "\"");
        }
        return v;
    }

    private static Optional<Node> compose(Path file, String text) throws ConfigException {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
        try {
            Composer composer = new Composer(settings,
                    new ParserImpl(settings, new StreamReader(settings, new StringReader(text))));
            return composer.getSingleNode();
        } catch (YamlEngineException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getMessage().replace('\n', ' '));
        }
    }
}
