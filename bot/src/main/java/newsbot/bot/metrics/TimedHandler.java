package newsbot.bot.metrics;

import io.micrometer.core.instrument.Timer;
import newsbot.bot.chat.ChatHandler;
import newsbot.bot.chat.ChatReply;
import newsbot.bot.chat.ChatRequest;
import newsbot.bot.commands.Commands;

/** Times every chat command the adapters hand over; a name not in {@link Commands#ALL} counts as "unknown". */
public final class TimedHandler implements ChatHandler {
    private final ChatHandler next;
    private final BotMetrics metrics;

    public TimedHandler(ChatHandler next, BotMetrics metrics) {
        this.next = next;
        this.metrics = metrics;
    }

    @Override
    public ChatReply handle(ChatRequest request) {
        String name = Commands.named(request.command()).isPresent() ? request.command() : "unknown";
        Timer.Sample sample = Timer.start(metrics.registry());
        try {
            return next.handle(request);
        } finally {
            sample.stop(metrics.command(name));
        }
    }
}
