package newsbot.bot.commands;

import java.time.ZoneId;
import java.util.function.Function;
import java.util.function.Supplier;
import newsbot.bot.chat.ChatRequest;
import newsbot.bot.chat.Platform;
import newsbot.core.Digests;

/** One request being answered, in the asker's language, with what handlers may use to answer it. */
public final class Call {
    private final ChatRequest request;
    private final String language;
    private final Replies replies;
    private final Services services;

    /** What the router hands every handler. */
    record Services(Digests digests, Supplier<AdminPolicy> admins, BotControl control, ZoneId zone,
                    Function<Platform, CommandNames> names) {
    }

    Call(ChatRequest request, Services services) {
        this.request = request;
        this.language = request.languageCode().startsWith("zh") ? "zh" : "en";
        this.replies = new Replies(request.platform(), language, services.zone());
        this.services = services;
    }

    public ChatRequest request() {
        return request;
    }

    /** "zh" or "en". */
    public String language() {
        return language;
    }

    public boolean zh() {
        return language.equals("zh");
    }

    /** Picks the line in the asker's language. */
    String say(String en, String zh) {
        return zh() ? zh : en;
    }

    boolean fromAdmin() {
        return services.admins().get().isAdmin(request);
    }

    Replies replies() {
        return replies;
    }

    Digests digests() {
        return services.digests();
    }

    BotControl control() {
        return services.control();
    }

    ZoneId zone() {
        return services.zone();
    }

    /** The commands as the asker's platform names them. */
    CommandNames names() {
        return services.names().apply(request.platform());
    }
}
