package newsbot.bot.check;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import newsbot.bot.chat.Secret;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.BundledTopic;
import newsbot.bot.slack.SlackProbe;
import newsbot.bot.slack.SlackSecrets;
import newsbot.bot.slack.SlackSettings;
import newsbot.bot.telegram.TelegramChat;
import newsbot.bot.telegram.TelegramProbe;
import newsbot.bot.telegram.TelegramSettings;
import newsbot.core.Digests;
import newsbot.core.delivery.StoredSubscription;
import newsbot.core.delivery.SubscriptionSpec;
import newsbot.core.store.StoreException;
import newsbot.core.store.StoreStatus;
import newsbot.core.topic.TopicFileException;

/**
 * `newsbot check`: everything a deployment needs, checked in the order it is needed, one line each — the topic
 * and the database, the article folder, each platform's token (getMe, auth.test) when it is in the environment,
 * then each subscription's chat (getChat, conversations.info), from the configuration and those added in chats.
 * Nothing is posted. Tokens are never printed.
 */
public final class DeploymentCheck {
    private final BotConfig config;
    private final Map<String, String> env;
    private final Clock clock;

    public DeploymentCheck(BotConfig config, Map<String, String> env, Clock clock) {
        this.config = config;
        this.env = env;
        this.clock = clock;
    }

    /** Runs every check, handing each line over as soon as it is known (remote calls take a moment). */
    public void run(Consumer<CheckLine> out) {
        List<Target> targets = new ArrayList<>();
        config.subscriptions().forEach(s -> targets.add(new Target(s.platform(), s.chat(), false, "")));
        String topicName = BundledTopic.is(config.topic()) ? "bundled " + config.topic().getFileName()
                : config.topic().toString();
        try (Digests digests = Digests.open(config.database(), config.topic(), clock)) {
            out.accept(CheckLine.ok("topic " + topicName, digests.topic().id() + ", "
                    + digests.topic().gazetteer().entities().size() + " entities"));
            StoreStatus status = digests.status();
            out.accept(CheckLine.ok("database " + config.database(), status.articles() + " articles, "
                    + status.stories() + " stories"));
            addChatSubscriptions(digests, targets);
        } catch (TopicFileException e) {
            out.accept(CheckLine.failed("topic " + topicName, e.getMessage(), CheckLine.CONFIGURATION));
            out.accept(CheckLine.skipped("database " + config.database(), "not checked (the topic comes first)"));
        } catch (StoreException e) {
            out.accept(CheckLine.failed("database " + config.database(), e.getMessage(), CheckLine.DATABASE));
        }
        Path articles = config.articles();
        if (Files.isDirectory(articles) && Files.isReadable(articles)) {
            out.accept(CheckLine.ok("articles " + articles, "readable folder"));
        } else {
            out.accept(CheckLine.failed("articles " + articles,
                    Files.exists(articles) ? "not a readable folder" : "no such folder", CheckLine.ARTICLES));
        }
        telegram(targets.stream().filter(t -> t.platform().equals("telegram")).toList(), out);
        slack(targets.stream().filter(t -> t.platform().equals("slack")).toList(), out);
    }

    /** Subscriptions an admin added with /subscribe live only in the database; check those chats too. */
    private static void addChatSubscriptions(Digests digests, List<Target> targets) throws StoreException {
        Map<String, Target> byKey = new LinkedHashMap<>();
        targets.forEach(t -> byKey.put(t.platform() + ":" + t.chat(), t));
        for (StoredSubscription s : digests.delivery().subscriptions()) {
            SubscriptionSpec spec = s.spec();
            String key = spec.platform() + ":" + spec.chat();
            String note = s.pausedReason().map(r -> "; digests paused: " + r + " (/subscribe there resumes them)")
                    .orElse("");
            if (spec.origin() == SubscriptionSpec.Origin.CHAT && !byKey.containsKey(key)) {
                byKey.put(key, new Target(spec.platform(), spec.chat(), true, note));
            } else if (byKey.containsKey(key) && !note.isEmpty()) {
                Target t = byKey.get(key);
                byKey.put(key, new Target(t.platform(), t.chat(), t.fromChat(), note));
            }
        }
        targets.clear();
        targets.addAll(byKey.values());
    }

    private void telegram(List<Target> chats, Consumer<CheckLine> out) {
        Optional<Secret> token = Secret.fromEnvironment(env, "TELEGRAM_BOT_TOKEN");
        if (token.isEmpty()) {
            noToken("telegram", "TELEGRAM_BOT_TOKEN", chats, out);
            return;
        }
        TelegramSettings settings;
        try {
            settings = TelegramSettings.defaults().withApiUrl(URI.create(config.telegram().apiUrl()));
        } catch (IllegalArgumentException e) {
            out.accept(CheckLine.failed("telegram", e.getMessage(), CheckLine.CONFIGURATION));
            return;
        }
        try (TelegramProbe probe = new TelegramProbe(token.get(), settings)) {
            Probe me = probe.me();
            out.accept(CheckLine.of("telegram", me));
            for (Target t : chats) {
                out.accept(me.ok() ? CheckLine.of(t.item(), withNote(chat(probe, t.chat()), t))
                        : CheckLine.failed(t.item(), "not checked: the token was refused", CheckLine.REMOTE));
            }
        }
    }

    private static Probe chat(TelegramProbe probe, String address) {
        TelegramChat chat;
        try {
            chat = TelegramChat.parse(address);
        } catch (IllegalArgumentException e) {
            return Probe.failed(e.getMessage());
        }
        return probe.chat(chat.chatId(), chat.thread());
    }

    private void slack(List<Target> channels, Consumer<CheckLine> out) {
        if (Secret.fromEnvironment(env, "SLACK_BOT_TOKEN").isEmpty()) {
            noToken("slack", "SLACK_BOT_TOKEN", channels, out);
            return;
        }
        boolean socket = "socket".equals(config.slack().mode());
        SlackSecrets secrets;
        try {
            secrets = SlackSecrets.fromEnvironment(env.get("SLACK_BOT_TOKEN"), env.get("SLACK_SIGNING_SECRET"),
                    socket ? env.get("SLACK_APP_TOKEN") : null);
        } catch (IllegalArgumentException e) {
            out.accept(CheckLine.failed("slack", e.getMessage() + " (slack.mode is " + config.slack().mode() + ")",
                    CheckLine.CONFIGURATION));
            return;
        }
        SlackSettings settings = SlackSettings.defaults().withApiUrl(URI.create(config.slack().apiUrl()));
        try (SlackProbe probe = new SlackProbe(secrets, settings)) {
            Probe bot = probe.bot();
            if (bot.ok() && secrets.socketMode()) {
                Probe app = probe.appToken();
                bot = app.ok() ? Probe.ok(bot.detail() + ", Socket Mode")
                        : Probe.failed("SLACK_APP_TOKEN: " + app.detail());
            } else if (bot.ok()) {
                bot = Probe.ok(bot.detail() + ", HTTP mode on port " + config.slack().httpPort());
            }
            out.accept(CheckLine.of("slack", bot));
            for (Target t : channels) {
                out.accept(bot.ok() ? CheckLine.of(t.item(), withNote(probe.channel(t.chat()), t))
                        : CheckLine.failed(t.item(), "not checked: Slack refused the tokens", CheckLine.REMOTE));
            }
        } catch (Exception e) {
            out.accept(CheckLine.failed("slack", "unreachable: " + e.getMessage(), CheckLine.REMOTE));
        }
    }

    /** A platform without its token is off, which is fine, unless digests are meant to go there. */
    private static void noToken(String platform, String variable, List<Target> chats, Consumer<CheckLine> out) {
        out.accept(CheckLine.skipped(platform, "off: " + variable + " is not set"));
        for (Target t : chats) {
            out.accept(CheckLine.failed(t.item(), "cannot be posted to: " + variable + " is not set", CheckLine.REMOTE));
        }
    }

    private static Probe withNote(Probe p, Target t) {
        return t.note().isEmpty() ? p : new Probe(p.ok(), p.detail() + t.note());
    }

    /** A chat that digests go to; {@code fromChat} when an admin added it with /subscribe. */
    private record Target(String platform, String chat, boolean fromChat, String note) {
        String item() {
            return "subscription " + platform + " " + chat + (fromChat ? " (added in chat)" : "");
        }
    }

    /** The exit code for these lines: 0 when all are usable, else the first failed kind in 3, 4, 5, 7 order. */
    public static int exitCode(List<CheckLine> lines) {
        return lines.stream().filter(l -> l.mark() == CheckLine.Mark.FAILED).mapToInt(CheckLine::exitCode)
                .min().orElse(0);
    }
}
