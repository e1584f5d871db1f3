package newsbot.bot.config;

/**
 * @param ingestEveryMinutes how often `run` rescans the article folder
 * @param watch              also rescan soon after files change
 * @param debounceSeconds    how long a burst of file changes is waited out before that rescan
 */
public record ScheduleSettings(int ingestEveryMinutes, boolean watch, int debounceSeconds) {
    public static ScheduleSettings defaults() {
        return new ScheduleSettings(15, true, 5);
    }
}
