package newsbot.bot.chat;

/** Remembers requests already handled, so that a platform's retry or a replay is not answered twice. */
@FunctionalInterface
public interface RequestMemory {

    /** True the first time {@code key} is offered within the memory's time, false for a repeat. */
    boolean firstSeen(String key);
}
