package newsbot.core.summary;

/**
 * How much one sentence says about what its story is about: the people of the event, its kind of contact, the
 * topic's own words. A summary of a press conference about restoring the military channels should quote the
 * sentence about the channels, not the one about trade that the spokesman answered first.
 */
@FunctionalInterface
public interface SentenceFocus {
    /** Nothing is known about the story: every sentence scores 0 and salience is as without focus. */
    SentenceFocus NONE = sentence -> 0;

    /** @return 0 for a sentence that names none of it, more for one that names more of it */
    double of(String sentence);
}
