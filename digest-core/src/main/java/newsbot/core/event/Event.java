package newsbot.core.event;

import java.util.List;
import java.util.Optional;

/**
 * A story: one real-world event, as grouping derived it from its articles.
 *
 * @param id           stable: articles joining or leaving keep it; a merge keeps the older id (see {@link Events#resolve})
 * @param kind         the topic's kind of contact ("video-call"), "" when its articles name none
 * @param date         when it happened (not when it was published), and how newsbot knows
 * @param participants by prominence; offices resolved to the people who held them then
 * @param members      its articles, oldest first; near-duplicates ({@link Member#copy}) listed after their original
 * @param central      the member most like the others: the story's representative article
 * @param updatedSeq   the highest ingest sequence number among its articles
 */
public record Event(long id, String kind, EventDate date, List<Participant> participants, List<Member> members,
                    long central, long createdSeq, long updatedSeq) {
    public Event {
        participants = List.copyOf(participants);
        members = List.copyOf(members);
    }

    /** The representative member. */
    public Member centralMember() {
        return members.stream().filter(m -> m.articleId() == central).findFirst().orElse(members.get(0));
    }

    /** Every file of every member, primary files first. */
    public List<String> paths() {
        return members.stream().flatMap(m -> m.paths().stream()).toList();
    }

    /** The distinct outlets of its members, in member order. */
    public List<String> outlets() {
        return members.stream().map(Member::outlet).flatMap(Optional::stream).distinct().toList();
    }

    /**
     * One article of a story.
     *
     * @param paths     its files: the primary one first, then byte-identical copies
     * @param copy      a near-duplicate of another member (the same text republished)
     * @param placement why it is in this story, for people: what it shares with the member it is most like
     */
    public record Member(long articleId, long seq, String title, Optional<String> outlet, String url,
                         List<String> paths, boolean copy, String placement) {
        public Member {
            paths = List.copyOf(paths);
        }
    }
}
