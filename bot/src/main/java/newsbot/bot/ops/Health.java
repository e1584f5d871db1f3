package newsbot.bot.ops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsbot.bot.app.Adapters.AdapterState;
import newsbot.bot.app.IngestRun;
import newsbot.bot.chat.Platform;
import newsbot.bot.schedule.ClusterMember;

/**
 * What {@code GET /health} says: 200 and {@code "status": "ok"} when every adapter whose token is set works and the
 * last ingest succeeded; 503 otherwise, with {@code "starting"} until the first ingest ended, else {@code "down"}
 * and the problems. A supervisor restarts on 503; a person reads the rest.
 *
 * @param adapters   each adapter whose token is set, and whether it works
 * @param lastIngest the last ingest, once there was one
 * @param backlog    digests waiting in the outbox (-1: the database could not be read)
 * @param paused     subscribers whose digests are paused, e.g. "telegram:-100123"
 * @param cluster    on PostgreSQL, the instances of the cluster (empty beside SQLite)
 * @param now        when this was read, to tell a live instance from a dead one
 */
public record Health(Map<Platform, AdapterState> adapters, Optional<IngestRun> lastIngest, int backlog,
                     List<String> paused, List<ClusterMember> cluster, Instant now) {

    public List<String> problems() {
        List<String> out = new ArrayList<>();
        adapters.forEach((p, s) -> {
            if (!s.up()) {
                out.add(name(p) + ": " + s.detail());
            }
        });
        lastIngest.filter(r -> !r.ok()).ifPresent(r -> out.add("last ingest failed: " + r.failure().orElse("")));
        if (backlog < 0) {
            out.add("the outbox cannot be read");
        }
        return out;
    }

    public String status() {
        return lastIngest.isEmpty() ? "starting" : problems().isEmpty() ? "ok" : "down";
    }

    public int httpStatus() {
        return status().equals("ok") ? 200 : 503;
    }

    /** The JSON body, as a tree Jackson writes. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status());
        Map<String, Object> a = new LinkedHashMap<>();
        adapters.forEach((p, s) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("status", s.up() ? "up" : "down");
            one.put("detail", s.detail());
            a.put(name(p), one);
        });
        m.put("adapters", a);
        m.put("lastIngest", lastIngest.map(Health::ingest).orElse(null));
        m.put("outboxBacklog", backlog);
        m.put("pausedChats", paused);
        if (!cluster.isEmpty()) {
            List<Map<String, Object>> instances = new ArrayList<>();
            for (ClusterMember member : cluster) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("instance", member.instanceId());
                one.put("self", member.self());
                one.put("status", member.alive(now) ? "up" : "down");
                one.put("lastCheckin", member.lastCheckin().toString());
                instances.add(one);
            }
            m.put("cluster", instances);
        }
        m.put("problems", problems());
        return m;
    }

    private static Map<String, Object> ingest(IngestRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("finished", r.finished().toString());
        m.put("result", r.ok() ? "ok" : "failed");
        m.put("millis", r.took().toMillis());
        r.report().ifPresent(rep -> {
            m.put("scanned", rep.scanned());
            m.put("added", rep.added());
            m.put("updated", rep.updated());
            m.put("removed", rep.removed());
            m.put("rejected", rep.rejected());
        });
        r.failure().ifPresent(f -> m.put("error", f));
        return m;
    }

    private static String name(Platform p) {
        return p.name().toLowerCase(Locale.ROOT);
    }
}
