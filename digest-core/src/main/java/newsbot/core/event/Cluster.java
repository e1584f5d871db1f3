package newsbot.core.event;

import java.util.List;
import java.util.Map;

/**
 * One event as clustering found it.
 *
 * @param members    in the clusterer's order
 * @param central    the member most like the others (the story's representative article)
 * @param placements why each member (by article id) is in it
 */
record Cluster(List<Evidence> members, Evidence central, Map<Long, String> placements) {
    Cluster {
        members = List.copyOf(members);
        placements = Map.copyOf(placements);
    }
}
