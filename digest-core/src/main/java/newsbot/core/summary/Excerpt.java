package newsbot.core.summary;

/**
 * A sentence taken into a summary.
 *
 * @param article  index of its article in the request
 * @param sentence the sentence; its text is shortened only when the summary says it is truncated
 */
public record Excerpt(int article, Sentence sentence) {
}
