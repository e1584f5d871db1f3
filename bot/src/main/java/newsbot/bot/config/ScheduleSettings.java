package newsbot.bot.config;

/**
 * @param ingestEveryMinutes how often `run` rescans the article folder
 * @param watch              also rescan soon after files change
 * @param debounceSeconds    how long a burst of file changes is waited out before that rescan
 * @param clusterCheckinSeconds on PostgreSQL, how often each instance tells the cluster it lives: a dead one's
 *                           triggers are taken over this long after its last check-in
 */
public record ScheduleSettings(int ingestEveryMinutes, boolean watch, int debounceSeconds, int clusterCheckinSeconds) {
    public static ScheduleSettings defaults() {
        return new ScheduleSettings(15, true, 5, 10);
    }
}
