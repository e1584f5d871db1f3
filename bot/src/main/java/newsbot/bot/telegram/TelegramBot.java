package newsbot.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import newsbot.bot.chat.Apology;
import newsbot.bot.chat.ChatHandler;
import newsbot.bot.chat.ChatLanes;
import newsbot.bot.chat.ChatMessage;
import newsbot.bot.chat.ChatRateLimiter;
import newsbot.bot.chat.ChatReply;
import newsbot.bot.chat.ChatRequest;
import newsbot.bot.chat.CommandInfo;
import newsbot.bot.chat.Delivery;
import newsbot.bot.chat.DeliveryListener;
import newsbot.bot.chat.FloodGuard;
import newsbot.bot.chat.MessageSender;
import newsbot.bot.chat.Platform;
import newsbot.bot.chat.SafeHandler;
import newsbot.bot.chat.Secret;
import newsbot.bot.chat.Sleeper;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Telegram adapter: long polling in, Bot API calls out. {@link #start()} learns the bot's name (getMe),
 * publishes the command menu (setMyCommands) and starts polling; each update is translated, answered by the
 * {@link ChatHandler} on its chat's lane, and the reply posted. {@link #close()} stops everything it started.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final List<String> ALLOWED_UPDATES = List.of("message", "channel_post", "callback_query");

    private final Secret token;
    private final TelegramSettings settings;
    private final SafeHandler handler;
    private final List<CommandInfo> commands;
    private final TelegramUrl url;
    private final OkHttpClient apiHttp;
    private final OkHttpClient pollHttp;
    private final ScheduledExecutorService pollExecutor;
    private final OkHttpTelegramClient client;
    private final CallbackPayloads payloads;
    private final PollHealth pollHealth = new PollHealth();
    private final TelegramSender sender;
    private final ChatLanes lanes;
    private final FloodGuard flood;
    private TelegramBotsLongPollingApplication polling;
    private volatile UpdateTranslator translator;

    /**
     * @param token    TELEGRAM_BOT_TOKEN, from the environment
     * @param handler  the command router
     * @param commands the command menu shown to users
     * @param listener told when a chat cannot be posted to any more
     * @param clock    for pacing
     * @param sleeper  for pacing and retries ({@link Sleeper#SYSTEM} outside tests)
     */
    public TelegramBot(Secret token, TelegramSettings settings, ChatHandler handler, List<CommandInfo> commands,
                       DeliveryListener listener, Clock clock, Sleeper sleeper) {
        this.token = Objects.requireNonNull(token, "token");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.handler = new SafeHandler(handler);
        this.commands = List.copyOf(commands);
        this.url = TelegramSettings.toTelegramUrl(settings.apiUrl());
        this.apiHttp = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS).build();
        // getUpdates holds the connection for up to longPoll: read timeout must be longer
        this.pollHttp = apiHttp.newBuilder().dispatcher(new Dispatcher()).addInterceptor(pollHealth)
                .readTimeout(settings.longPoll().toSeconds() + 15, TimeUnit.SECONDS).build();
        this.pollExecutor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telegram-poll");
            t.setDaemon(true);
            return t;
        });
        this.client = new OkHttpTelegramClient(new ObjectMapper(), apiHttp, token.reveal(), url);
        Delivery delivery = new Delivery(Platform.TELEGRAM, settings.retry(), new ChatRateLimiter(clock, sleeper),
                sleeper, listener);
        this.payloads = new CallbackPayloads(10_000, clock);
        this.sender = new TelegramSender(client, delivery, payloads);
        this.lanes = new ChatLanes("telegram-chat", settings.workerLanes());
        this.flood = new FloodGuard(clock, settings.flood());
    }

    /** Connects: getMe, setMyCommands, then deleteWebhook and long polling. Throws if the token or URL is wrong. */
    public synchronized void start() throws TelegramApiException {
        if (polling != null) {
            throw new IllegalStateException("already started");
        }
        User me = client.execute(new GetMe());
        warmUpReplies();
        String username = me.getUserName() == null ? "" : me.getUserName();
        translator = new UpdateTranslator(username, payloads);
        if (!commands.isEmpty()) {
            client.execute(SetMyCommands.builder().commands(commands.stream()
                    .map(c -> new BotCommand(c.name(), c.description())).toList()).build());
        }
        polling = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollHttp, () -> pollExecutor);
        polling.registerBot(token.reveal(), () -> url, this::nextGetUpdates, this::consume);
        log.info("telegram: polling as @{} via {}://{}:{}", username, url.getSchema(), url.getHost(), url.getPort());
    }

    /**
     * Reads one canned sendMessage answer, so that the first real one does not pay for loading and building
     * Jackson's deserialisers (about a second in a fresh JVM). That second is time in which a crash would
     * leave a delivered digest part unmarked, and resend it after a restart.
     */
    static boolean warmUpReplies() {
        try {
            // a date of 0 would make Jackson read an "inaccessible" message and fail: any real date will do
            SendMessage.builder().chatId("0").text("warm-up").build().deserializeResponse(
                    "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1700000000,"
                            + "\"chat\":{\"id\":1,\"type\":\"private\"},\"text\":\"warm-up\"}}");
            return true;
        } catch (TelegramApiException | RuntimeException e) {
            log.warn("telegram: warm-up of reply parsing failed: {}", e.getMessage());
            return false;
        }
    }

    /** The bot's @username as Telegram knows it; empty before {@link #start()}. */
    public String username() {
        UpdateTranslator t = translator;
        return t == null ? "" : t.botUsername();
    }

    /** Why the bot cannot hear Telegram now (the last getUpdates failed), if it cannot. */
    public Optional<String> problem() {
        return pollHealth.problem();
    }

    /** For scheduled posts; usable once constructed (no start needed). */
    public MessageSender sender() {
        return sender;
    }

    private GetUpdates nextGetUpdates(Integer lastUpdateId) {
        return GetUpdates.builder().offset(lastUpdateId + 1).limit(100)
                .timeout((int) settings.longPoll().toSeconds()).allowedUpdates(ALLOWED_UPDATES).build();
    }

    private void consume(List<Update> updates) {
        for (Update update : updates) {
            try {
                translator.translate(update).ifPresent(this::admit);
            } catch (RuntimeException e) { // one odd update must not stop the others
                log.warn("telegram: cannot read update {}", update.getUpdateId(), e);
            }
        }
    }

    /** Answers within the user's and the chat's budget; past it, one "slow down", then nothing until it refills. */
    private void admit(Inbound in) {
        ChatRequest request = in instanceof Inbound.Command c ? c.request()
                : in instanceof Inbound.ButtonPress b ? b.request() : null;
        FloodGuard.Verdict verdict = request == null ? FloodGuard.Verdict.ANSWER : flood.admit(request);
        switch (verdict) {
            case ANSWER -> lanes.execute(chatKey(in), () -> answer(in));
            case SLOW_DOWN -> lanes.execute(chatKey(in), () -> sender.send(Platform.TELEGRAM, request.chatId(),
                    Apology.slowDown(request.languageCode()).messages()));
            case DROP -> log.debug("telegram chat {}: /{} dropped: over its budget", request.chatId(), request.command());
        }
    }

    private static String chatKey(Inbound in) {
        if (in instanceof Inbound.Command c) {
            return c.request().chatId();
        }
        if (in instanceof Inbound.ButtonPress b) {
            return b.request().chatId();
        }
        return ((Inbound.ExpiredButton) in).callbackQueryId();
    }

    private void answer(Inbound in) {
        try {
            if (in instanceof Inbound.Command c) {
                log.debug("telegram chat {}: /{}", c.request().chatId(), c.request().command());
                ChatReply reply = handler.handle(c.request());
                sender.send(Platform.TELEGRAM, c.request().chatId(), reply.messages());
            } else if (in instanceof Inbound.ButtonPress b) {
                sender.answerCallback(b.callbackQueryId(), "");
                ChatReply reply = handler.handle(b.request());
                answerPress(b, reply.messages());
            } else if (in instanceof Inbound.ExpiredButton e) {
                sender.answerCallback(e.callbackQueryId(), Apology.expiredButton(e.languageCode()));
            }
        } catch (RuntimeException e) {
            log.error("telegram: failed to answer {}", in.getClass().getSimpleName(), e);
        }
    }

    /** A turned page replaces the message whose button was pressed; any further messages follow as new ones. */
    private void answerPress(Inbound.ButtonPress press, List<ChatMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        String chatId = press.request().chatId();
        if (press.messageId() == 0) {
            sender.send(Platform.TELEGRAM, chatId, messages);
            return;
        }
        if (sender.edit(chatId, press.messageId(), messages.get(0)).isSent() && messages.size() > 1) {
            sender.send(Platform.TELEGRAM, chatId, messages.subList(1, messages.size()));
        }
    }

    @Override
    public synchronized void close() {
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception e) {
                log.warn("telegram: stopping long polling failed", e);
            }
        }
        // Let a getUpdates in flight finish briefly; cancelling it makes TelegramBots log a scary (harmless) error.
        pollExecutor.shutdown();
        try {
            if (!pollExecutor.awaitTermination(1, TimeUnit.SECONDS)) {
                pollHttp.dispatcher().cancelAll();
                pollExecutor.shutdownNow();
            }
        } catch (InterruptedException e) {
            pollHttp.dispatcher().cancelAll();
            Thread.currentThread().interrupt();
        }
        lanes.close();
        apiHttp.dispatcher().executorService().shutdown();
        apiHttp.connectionPool().evictAll();
    }
}
