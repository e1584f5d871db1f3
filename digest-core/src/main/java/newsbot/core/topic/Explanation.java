package newsbot.core.topic;

import java.util.List;

/**
 * Why an article is or is not on topic, rule by rule: what {@code explain} shows.
 *
 * @param rules     the rules that fired, strongest first
 * @param entityIds the topic's entities the article mentions, most mentioned first
 */
public record Explanation(double score, double threshold, boolean relevant, List<RuleContribution> rules,
                          List<String> entityIds) {
    public Explanation {
        rules = List.copyOf(rules);
        entityIds = List.copyOf(entityIds);
    }
}
