package newsbot.core.topic;

import java.util.List;

/**
 * Everything a topic file says, validated and resolved (selectors point at indexes).
 *
 * @param ambiguityWindow  how near (in chars) a context term must be to vouch for an ambiguous alias
 * @param contextGroups    mask over {@code groups}: which term groups vouch
 * @param blockers         text that contains an alias or a term but means something else
 * @param eventKinds       kinds of contact, in priority order, and how each is recognised ({@code kindCues}, same order)
 * @param eventWindowDays  articles whose event dates are further apart are never one event
 * @param glossary         the entries of the topic's glossary files: more names for search, none for relevance
 * @param sideNames        each side's name per language code, for people ("us" → {en: US, zh: 美})
 * @param eventLevels      levels of contact, most senior first (the timeline's)
 * @param breakKinds       kinds that are a break in contact (a refusal, a suspension): the timeline marks them
 */
record TopicDefinition(String id, String name, double threshold, int leadChars,
                       int ambiguityWindow, boolean[] contextGroups,
                       List<EntityDef> entities, List<TermGroup> groups, List<String> blockers,
                       List<Rule> rules, List<EventKind> eventKinds, List<EventKind.Cues> kindCues,
                       int eventWindowDays, List<GlossaryEntry> glossary,
                       java.util.Map<String, java.util.Map<String, String>> sideNames,
                       List<EventLevel> eventLevels, List<String> breakKinds) {
    TopicDefinition {
        entities = List.copyOf(entities);
        groups = List.copyOf(groups);
        blockers = List.copyOf(blockers);
        rules = List.copyOf(rules);
        eventKinds = List.copyOf(eventKinds);
        kindCues = List.copyOf(kindCues);
        glossary = List.copyOf(glossary);
        eventLevels = List.copyOf(eventLevels);
        breakKinds = List.copyOf(breakKinds);
        var names = new java.util.LinkedHashMap<String, java.util.Map<String, String>>();
        sideNames.forEach((side, byLanguage) -> names.put(side, java.util.Map.copyOf(byLanguage)));
        sideNames = java.util.Collections.unmodifiableMap(names);
    }
}
