package newsbot.core.topic;

import java.util.List;

/**
 * Everything a topic file says, validated and resolved (selectors point at indexes).
 *
 * @param ambiguityWindow  how near (in chars) a context term must be to vouch for an ambiguous alias
 * @param contextGroups    mask over {@code groups}: which term groups vouch
 * @param blockers         text that contains an alias or a term but means something else
 */
record TopicDefinition(String id, String name, double threshold, int leadChars,
                       int ambiguityWindow, boolean[] contextGroups,
                       List<EntityDef> entities, List<TermGroup> groups, List<String> blockers,
                       List<Rule> rules) {
    TopicDefinition {
        entities = List.copyOf(entities);
        groups = List.copyOf(groups);
        blockers = List.copyOf(blockers);
        rules = List.copyOf(rules);
    }
}
