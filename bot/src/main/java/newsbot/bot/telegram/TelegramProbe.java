package newsbot.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import newsbot.bot.chat.Secret;
import newsbot.bot.check.Probe;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** `newsbot check` for Telegram: is the token accepted (getMe), can each subscribed chat be reached (getChat)? */
public final class TelegramProbe implements AutoCloseable {
    private final OkHttpClient http;
    private final OkHttpTelegramClient client;

    public TelegramProbe(Secret token, TelegramSettings settings) {
        this.http = new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS).readTimeout(20, TimeUnit.SECONDS)
                .build();
        this.client = new OkHttpTelegramClient(new ObjectMapper(), http, token.reveal(),
                TelegramSettings.toTelegramUrl(settings.apiUrl()));
    }

    /** The bot's @username, or why the token is not usable. */
    public Probe me() {
        try {
            User me = client.execute(new GetMe());
            return Probe.ok("@" + me.getUserName());
        } catch (TelegramApiException e) {
            return Probe.failed(reason(e));
        }
    }

    /**
     * Whether {@code chatId} can be reached; with a {@code thread}, also that the chat is a forum (the Bot API has no
     * call that looks up one topic, so the topic itself shows only when a digest is posted).
     */
    public Probe chat(String chatId, java.util.Optional<Integer> thread) {
        try {
            ChatFullInfo chat = client.execute(GetChat.builder().chatId(chatId).build());
            String name = chat.getTitle() != null ? chat.getTitle()
                    : chat.getUserName() != null ? "@" + chat.getUserName() : String.valueOf(chat.getFirstName());
            if (thread.isPresent() && !Boolean.TRUE.equals(chat.getIsForum())) {
                return Probe.failed("thread " + thread.get() + " given, but " + name + " has no forum topics");
            }
            return Probe.ok(name + " (" + chat.getType() + (thread.map(t -> ", topic " + t).orElse("")) + ")");
        } catch (TelegramApiException e) {
            return Probe.failed(reason(e));
        }
    }

    /** The Bot API's own words, without its "Bad Request: " prefix; network trouble as such. No token in either. */
    private static String reason(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null) {
            String said = r.getApiResponse() == null ? "" : r.getApiResponse().strip();
            if (r.getErrorCode() == 401) {
                return "token refused (401 " + said + ")";
            }
            return said.replaceFirst("^(Bad Request|Forbidden): ", "");
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return "unreachable: " + (cause instanceof IOException ? cause.getMessage() : String.valueOf(e.getMessage()));
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
