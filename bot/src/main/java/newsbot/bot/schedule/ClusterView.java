package newsbot.bot.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.utils.DBConnectionManager;

/** The instances of the cluster, read from Quartz's {@code qrtz_scheduler_state} through Quartz's own pool. */
final class ClusterView {
    private ClusterView() {
    }

    static List<ClusterMember> members(Scheduler scheduler) throws SchedulerException, SQLException {
        if (!scheduler.getMetaData().isJobStoreClustered()) {
            return List.of();
        }
        String self = scheduler.getSchedulerInstanceId();
        List<ClusterMember> out = new ArrayList<>();
        try (Connection c = DBConnectionManager.getInstance().getConnection(QuartzSetup.DATA_SOURCE);
             PreparedStatement st = c.prepareStatement("""
                     SELECT instance_name, last_checkin_time, checkin_interval FROM qrtz_scheduler_state
                     WHERE sched_name = ? ORDER BY instance_name""")) {
            st.setString(1, scheduler.getSchedulerName());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new ClusterMember(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                            Duration.ofMillis(rs.getLong(3)), rs.getString(1).equals(self)));
                }
            }
        }
        return out;
    }
}
