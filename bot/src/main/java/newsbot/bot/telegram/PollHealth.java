package newsbot.bot.telegram;

import java.io.IOException;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * How the last getUpdates went, seen on the long-polling HTTP client: TelegramBots retries failed polls by itself
 * and only logs, so this is where the bot learns that Telegram refuses its token (401), that another instance polls
 * the same bot (409), or that the network is gone. Read by /health.
 */
final class PollHealth implements Interceptor {
    private volatile String problem; // null while the last poll was answered 200

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            Response r = chain.proceed(chain.request());
            problem = r.isSuccessful() ? null : "getUpdates answered " + r.code()
                    + (r.code() == 401 ? " (token refused)" : r.code() == 409 ? " (another bot instance polls)" : "");
            return r;
        } catch (IOException e) {
            problem = "getUpdates failed: " + e.getMessage(); // OkHttp's message names no URL, so no token
            throw e;
        }
    }

    /** Why polling does not work now, if it does not. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
