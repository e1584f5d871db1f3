package newsbot.core.event;

import java.util.List;

/**
 * How strongly two articles look like one event, and why.
 *
 * @param score   0 to about 1; articles join when their clusters' average reaches the threshold
 * @param blocked never one event: event dates too far apart, or kinds of contact that exclude each other
 * @param reasons what they share, for people ("shared participants: Lloyd Austin, Dong Jun", "same kind: video call")
 */
record Link(double score, boolean blocked, List<String> reasons) {
    static final Link BLOCKED = new Link(0, true, List.of());

    Link {
        reasons = List.copyOf(reasons);
    }
}
