package newsbot.bot.schedule;

/** Decides whether a job's failure ends the bot (a database that cannot be written) or is logged and lived with. */
@FunctionalInterface
public interface FatalFailure {
    /** Never fatal: every failure is logged and the jobs carry on. */
    FatalFailure NONE = failure -> false;

    /** True when {@code failure} stops the bot; the bot then says why once, so the caller logs nothing. */
    boolean ends(Throwable failure);
}
