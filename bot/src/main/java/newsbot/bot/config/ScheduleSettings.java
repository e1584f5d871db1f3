package newsbot.bot.config;

/**
 * @param ingestEveryMinutes how often `run` rescans the article folder
 * @param watch              also rescan soon after files change
 * @param debounceSeconds    how long a burst of file changes is waited out before that rescan
 * @param clusterCheckinSeconds on PostgreSQL, the cluster's check-in interval and failover window: a dead instance's
 *                           triggers are taken over within this long of its death (each checks in three times in it)
 */
public record ScheduleSettings(int ingestEveryMinutes, boolean watch, int debounceSeconds, int clusterCheckinSeconds) {
    public static ScheduleSettings defaults() {
        return new ScheduleSettings(15, true, 5, 10);
    }
}
