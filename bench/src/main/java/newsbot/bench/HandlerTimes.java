package newsbot.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import newsbot.bot.chat.ChatHandler;

/**
 * Where a reply's time goes under load: waiting for a worker, in the command router, and from the router's answer
 * to the fake server receiving it (rendering, pacing, HTTP).
 */
final class HandlerTimes {

    private record Call(long chatId, long startNanos, long endNanos) {
    }

    private final List<Call> calls = new ArrayList<>();

    /** {@code handler}, recording when each call starts and ends. */
    ChatHandler timing(ChatHandler handler) {
        return request -> {
            long start = System.nanoTime();
            try {
                return handler.handle(request);
            } finally {
                long end = System.nanoTime();
                synchronized (calls) {
                    calls.add(new Call(Long.parseLong(request.chatId()), start, end));
                }
            }
        };
    }

    void clear() {
        synchronized (calls) {
            calls.clear();
        }
    }

    /** One line: p50/p99 of the wait for a worker, the router time and the sending time, in ms. */
    String breakdown(Map<Long, Long> servedNanos, List<FakeBotApi.Sent> sent) {
        Map<Long, Long> firstArrival = new HashMap<>();
        for (FakeBotApi.Sent s : sent) {
            firstArrival.merge(s.chatId(), s.arrivedNanos(), Math::min);
        }
        List<Call> copy;
        synchronized (calls) {
            copy = List.copyOf(calls);
        }
        double[] waited = copy.stream().filter(c -> servedNanos.containsKey(c.chatId()))
                .mapToDouble(c -> (c.startNanos() - servedNanos.get(c.chatId())) / 1e6).toArray();
        double[] routed = copy.stream().mapToDouble(c -> (c.endNanos() - c.startNanos()) / 1e6).toArray();
        double[] sending = copy.stream().filter(c -> firstArrival.containsKey(c.chatId()))
                .mapToDouble(c -> (firstArrival.get(c.chatId()) - c.endNanos()) / 1e6).toArray();
        return String.format(Locale.ROOT, "wait for a worker p50 %.0f / p99 %.0f ms, router p50 %.1f / p99 %.1f ms, "
                        + "sending p50 %.1f / p99 %.1f ms", Stats.percentile(waited, 50), Stats.percentile(waited, 99),
                Stats.percentile(routed, 50), Stats.percentile(routed, 99), Stats.percentile(sending, 50),
                Stats.percentile(sending, 99));
    }
}
