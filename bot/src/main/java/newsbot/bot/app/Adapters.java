package newsbot.bot.app;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbot.bot.chat.DeliveryListener;
import newsbot.bot.chat.MessageSender;
import newsbot.bot.chat.Platform;
import newsbot.bot.chat.PlatformSenders;
import newsbot.bot.chat.RequestMemory;
import newsbot.bot.chat.Secret;
import java.util.function.Supplier;
import newsbot.bot.chat.ChatHandler;
import newsbot.bot.http.GuardedHttpServer;
import newsbot.bot.chat.CommandInfo;
import newsbot.bot.config.BotConfig;
import newsbot.bot.slack.SlackBot;
import newsbot.bot.slack.SlackSecrets;
import newsbot.bot.telegram.TelegramBot;
import newsbot.bot.telegram.TelegramSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat adapters whose tokens are in the environment: a platform without its token is simply
 * off. Tokens are read here and nowhere else, and never logged.
 */
public final class Adapters implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Adapters.class);

    private final List<AutoCloseable> running = new ArrayList<>();
    private final Map<Platform, MessageSender> senders = new EnumMap<>(Platform.class);
    private final List<String> started = new ArrayList<>();
    private final List<String> off = new ArrayList<>();
    private final java.util.Set<Platform> tokenSet = java.util.EnumSet.noneOf(Platform.class);
    private int slackHttpPort = -1;
    private final Map<Platform, Supplier<AdapterState>> states = new EnumMap<>(Platform.class);

    /**
     * Whether one adapter works now.
     *
     * @param up     it started and, for Telegram, its last poll was answered
     * @param detail "@my_news_bot", "Socket Mode", or why not ("401 Unauthorized", "getUpdates answered 401 …")
     */
    public record AdapterState(boolean up, String detail) {
    }

    /**
     * Starts every adapter whose token is set. A platform that fails to start (bad token, no
     * network) is reported and left off; the others run.
     */
    static Adapters start(BotConfig config, Map<String, String> env, ChatHandler router, List<CommandInfo> menu,
                          DeliveryListener listener, Clock clock, AdapterTuning tuning, RequestMemory handled) {
        return start(config, env, router, menu, listener, clock, tuning, handled, Optional.empty());
    }

    /** @param sharedServer a server Slack's HTTP mode mounts /slack/events on, instead of listening on its own */
    static Adapters start(BotConfig config, Map<String, String> env, ChatHandler router, List<CommandInfo> menu,
                          DeliveryListener listener, Clock clock, AdapterTuning tuning, RequestMemory handled,
                          Optional<GuardedHttpServer> sharedServer) {
        Adapters a = new Adapters();
        Optional<Secret> telegramToken = Secret.fromEnvironment(env, "TELEGRAM_BOT_TOKEN");
        if (telegramToken.isPresent()) {
            a.tokenSet.add(Platform.TELEGRAM);
            TelegramBot bot = new TelegramBot(telegramToken.get(),
                    TelegramSettings.defaults().withApiUrl(URI.create(config.telegram().apiUrl()))
                            .withLongPoll(tuning.telegramLongPoll()).withRetry(tuning.retry())
                            .withFlood(tuning.flood()),
                    router, menu, listener, clock, tuning.sleeper());
            try {
                bot.start();
                a.running.add(bot);
                a.senders.put(Platform.TELEGRAM, bot.sender());
                a.started.add("telegram (@" + bot.username() + ")");
                String name = "@" + bot.username();
                a.states.put(Platform.TELEGRAM, () -> bot.problem().map(p -> new AdapterState(false, p))
                        .orElse(new AdapterState(true, name)));
            } catch (Exception e) {
                log.error("telegram adapter did not start: {}", e.getMessage());
                a.off.add("telegram (" + reason(e) + ")");
                AdapterState down = new AdapterState(false, "did not start: " + reason(e));
                a.states.put(Platform.TELEGRAM, () -> down);
                bot.close();
            }
        }
        Optional<Secret> slackToken = Secret.fromEnvironment(env, "SLACK_BOT_TOKEN");
        if (slackToken.isPresent()) {
            a.tokenSet.add(Platform.SLACK);
            Map<String, String> slash = new LinkedHashMap<>();
            config.slack().commands().forEach((command, name) -> slash.put(name, command));
            newsbot.bot.slack.SlackSettings settings = newsbot.bot.slack.SlackSettings.defaults()
                    .withApiUrl(URI.create(config.slack().apiUrl()))
                    .withHttp(tuning.slackHttpHost(), tuning.slackPort(config.slack().httpPort()))
                    .withSlashCommands(slash)
                    .withRetry(tuning.retry())
                    .withFlood(tuning.flood());
            try {
                SlackSecrets secrets = SlackSecrets.fromEnvironment(env.get("SLACK_BOT_TOKEN"),
                        env.get("SLACK_SIGNING_SECRET"),
                        "socket".equals(config.slack().mode()) ? env.get("SLACK_APP_TOKEN") : null);
                SlackBot bot = new SlackBot(secrets, settings, router, listener, clock, tuning.sleeper(), handled);
                if (!secrets.socketMode() && sharedServer.isPresent()) {
                    bot.start(sharedServer.get());
                } else {
                    bot.start();
                }
                a.running.add(bot);
                a.senders.put(Platform.SLACK, bot.sender());
                a.slackHttpPort = bot.httpPort();
                String how = secrets.socketMode() ? "Socket Mode" : "HTTP on port " + bot.httpPort();
                a.started.add("slack (" + how + ")");
                a.states.put(Platform.SLACK, () -> new AdapterState(true, how));
            } catch (Exception e) {
                log.error("slack adapter did not start: {}", e.getMessage());
                a.off.add("slack (" + reason(e) + ")");
                AdapterState down = new AdapterState(false, "did not start: " + reason(e));
                a.states.put(Platform.SLACK, () -> down);
            }
        }
        return a;
    }

    /** Every adapter whose token is set, and whether it works now. */
    public Map<Platform, AdapterState> states() {
        Map<Platform, AdapterState> out = new EnumMap<>(Platform.class);
        states.forEach((p, s) -> out.put(p, s.get()));
        return out;
    }

    /** The platforms whose token is in the environment: the ones meant to run. */
    public java.util.Set<Platform> tokenSet() {
        return java.util.Set.copyOf(tokenSet);
    }

    /** What runs, e.g. ["telegram (@newsbot)", "slack (Socket Mode)"]. */
    public List<String> started() {
        return List.copyOf(started);
    }

    /** The platforms whose adapter runs (and so can be posted to). */
    public java.util.Set<Platform> platforms() {
        return java.util.Set.copyOf(senders.keySet());
    }

    /** Adapters whose token was set but that could not start, with why, e.g. ["telegram (401 Unauthorized)"]. */
    public List<String> off() {
        return List.copyOf(off);
    }

    /** A short reason for a failed start; exception messages here never carry a token. */
    private static String reason(Exception e) {
        if (e instanceof org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException r && r.getErrorCode() != null) {
            return r.getErrorCode() + " " + (r.getApiResponse() == null ? "" : r.getApiResponse()).strip();
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replace('\n', ' ');
    }

    /** The port Slack's HTTP mode listens on, when it runs. */
    public java.util.OptionalInt slackHttpPort() {
        return slackHttpPort < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(slackHttpPort);
    }

    public boolean any() {
        return !running.isEmpty();
    }

    /** Sends scheduled digests through whichever adapters run. */
    public MessageSender sender() {
        return new PlatformSenders(senders);
    }

    @Override
    public void close() {
        for (AutoCloseable c : running) {
            try {
                c.close();
            } catch (Exception e) {
                log.warn("closing an adapter failed: {}", e.getMessage());
            }
        }
    }
}
