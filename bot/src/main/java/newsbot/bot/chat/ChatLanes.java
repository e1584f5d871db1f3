package newsbot.bot.chat;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work for chats on a few shared threads: one chat's work runs one piece at a time and in order, while the chats
 * take turns, so a chat with a queue (pacing, retries, a flood) holds at most one thread and never the chats
 * behind it. A chat may have at most {@link #MAX_QUEUED_PER_CHAT} pieces waiting; more are dropped, not queued.
 */
public final class ChatLanes implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);
    static final int MAX_QUEUED_PER_CHAT = 20;

    private final ExecutorService threads;
    /** Chats with work waiting or running; a chat is in here exactly while one turn of it is scheduled. */
    private final Map<String, Queue<Runnable>> waiting = new HashMap<>();

    public ChatLanes(String name, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one lane");
        }
        AtomicInteger n = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(count, count, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name + "-" + n.getAndIncrement());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code work} behind the chat's earlier work; false when the chat's queue is full and it was dropped. */
    public boolean execute(String chatKey, Runnable work) {
        synchronized (waiting) {
            Queue<Runnable> queue = waiting.get(chatKey);
            if (queue == null) {
                queue = new ArrayDeque<>();
                queue.add(work);
                waiting.put(chatKey, queue);
                schedule(chatKey);
                return true;
            }
            if (queue.size() >= MAX_QUEUED_PER_CHAT) {
                log.debug("chat {}: {} pieces of work waiting, one more dropped", chatKey, queue.size());
                return false;
            }
            queue.add(work);
            return true;
        }
    }

    private void schedule(String chatKey) {
        try {
            threads.execute(() -> turn(chatKey));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            waiting.remove(chatKey); // closing: the work is dropped
        }
    }

    /** Runs the chat's next piece of work, then puts the chat at the back of the line if it has more. */
    private void turn(String chatKey) {
        Runnable work;
        synchronized (waiting) {
            work = waiting.get(chatKey).peek();
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("chat {}: work failed", chatKey, e);
        } finally {
            synchronized (waiting) {
                Queue<Runnable> queue = waiting.get(chatKey);
                queue.poll();
                if (queue.isEmpty()) {
                    waiting.remove(chatKey);
                } else {
                    schedule(chatKey);
                }
            }
        }
    }

    /** Stops taking work, lets running work finish for up to {@code seconds}, then interrupts it. */
    public void close(long seconds) {
        threads.shutdown();
        try {
            if (!threads.awaitTermination(seconds, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(5);
    }
}
