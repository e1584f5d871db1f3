package newsbot.bot.schedule;

import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import newsbot.core.store.DatabaseLocation;
import org.quartz.impl.StdSchedulerFactory;

/**
 * How Quartz keeps its triggers: in memory beside a SQLite file (the schedules themselves live in our tables), or,
 * on PostgreSQL, in Quartz's own tables of the same database, clustered: every instance runs the same jobs, each
 * trigger fires on one of them, and a dead instance's triggers are taken over within {@code takeover} of its death:
 * each instance checks in three times per {@code takeover}, and one that missed two check-ins is dead
 * ({@link ClusterJobStore}).
 */
final class QuartzSetup {
    /** The cluster's name: every instance on one database is one scheduler to Quartz. */
    static final String CLUSTER = "newsbot";
    static final String DATA_SOURCE = "newsbot";
    private static final int THREADS = 4;
    /** Check-ins per takeover window: dead after missing two, noticed at the next check-in of another. */
    static final int CHECKINS_PER_TAKEOVER = 3;

    private QuartzSetup() {
    }

    static Properties properties(DatabaseLocation database, Duration takeover) {
        Properties p = new Properties();
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(THREADS));
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        if (!(database instanceof DatabaseLocation.Server server)) {
            p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, "newsbot-" + UUID.randomUUID()); // one per runtime
            p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            return p;
        }
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, CLUSTER);
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, "AUTO");
        p.setProperty("org.quartz.jobStore.class", ClusterJobStore.class.getName());
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                String.valueOf(takeover.toMillis() / CHECKINS_PER_TAKEOVER));
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        String ds = "org.quartz.dataSource." + DATA_SOURCE + ".";
        p.setProperty(ds + "provider", "hikaricp");
        p.setProperty(ds + "driver", "org.postgresql.Driver");
        p.setProperty(ds + "URL", server.url());
        p.setProperty(ds + "user", ""); // the URL names the user
        String password = System.getenv(DatabaseLocation.PASSWORD_VARIABLE);
        p.setProperty(ds + "password", password == null ? "" : password);
        p.setProperty(ds + "maxConnections", String.valueOf(THREADS + 2));
        return p;
    }
}
