package newsbot.core.topic;

/**
 * What one rule of the topic added to an article's score.
 *
 * @param times        how many units (sentences, for an {@code in: sentence} rule) it fired in
 * @param contribution {@code weight × times}
 * @param reason       the rule's reason with what it matched, e.g. "title: Lloyd Austin and Dong Jun; video call"
 */
public record RuleContribution(String ruleId, double weight, int times, double contribution, String reason) {
}
