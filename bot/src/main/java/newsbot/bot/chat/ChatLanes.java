package newsbot.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A few single-thread lanes: work for one chat always runs on the same lane, so a chat's requests are answered in
 * order, while a slow chat (pacing, retries) only delays the chats that share its lane.
 */
public final class ChatLanes implements AutoCloseable {
    private final List<ExecutorService> lanes = new ArrayList<>();

    public ChatLanes(String name, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one lane");
        }
        for (int i = 0; i < count; i++) {
            String threadName = name + "-" + i;
            lanes.add(Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
            }));
        }
    }

    public void execute(String chatKey, Runnable work) {
        lanes.get(Math.floorMod(chatKey.hashCode(), lanes.size())).execute(work);
    }

    /** Stops taking work, lets running work finish for up to {@code seconds}, then interrupts it. */
    public void close(long seconds) {
        lanes.forEach(ExecutorService::shutdown);
        try {
            for (ExecutorService lane : lanes) {
                if (!lane.awaitTermination(seconds, TimeUnit.SECONDS)) {
                    lane.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            lanes.forEach(ExecutorService::shutdownNow);
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(5);
    }
}
