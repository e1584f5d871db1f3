package newsbot.core.topic;

import java.util.List;

/**
 * How one article stands against a topic.
 *
 * @param score     sum of the weights of the rules that fired
 * @param relevant  {@code score >= threshold} of the topic
 * @param reasons   one human-readable line per rule that fired, strongest first
 * @param entityIds canonical ids of the topic's entities the article mentions, most mentioned first
 */
public record Relevance(double score, boolean relevant, List<String> reasons, List<String> entityIds) {
    public Relevance {
        reasons = List.copyOf(reasons);
        entityIds = List.copyOf(entityIds);
    }
}
