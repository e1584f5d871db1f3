package newsbot.core.topic;

import java.util.Arrays;
import java.util.List;

/**
 * What the topic finds in one article, for grouping it into an event: the article laid out as one text (titles,
 * then each section), and every entity, term and kind cue found in it, ambiguous aliases already resolved.
 *
 * @param text  the titles, one per line, then each section's text
 * @param found in text order
 */
public record TopicReading(String text, List<Found> found, int[] sentenceStarts) {
    public TopicReading {
        found = List.copyOf(found);
        sentenceStarts = sentenceStarts.clone();
    }

    /** What was found. */
    public enum Type { ENTITY, TERM, KIND }

    /**
     * One match.
     *
     * @param id       the entity id, the term group's name, or the kind id
     * @param sentence index of the sentence it is in (see {@link #sentenceStart})
     */
    public record Found(Type type, String id, String surface, int start, int end, int sentence,
                        boolean inTitle, boolean inLead) {
    }

    public int sentenceCount() {
        return sentenceStarts.length;
    }

    public int sentenceStart(int sentence) {
        return sentenceStarts[sentence];
    }

    public int sentenceEnd(int sentence) {
        return sentence + 1 < sentenceStarts.length ? sentenceStarts[sentence + 1] : text.length();
    }

    /** The index of the sentence holding {@code offset}. */
    public int sentenceOf(int offset) {
        int k = Arrays.binarySearch(sentenceStarts, offset);
        return k >= 0 ? k : -k - 2;
    }
}
