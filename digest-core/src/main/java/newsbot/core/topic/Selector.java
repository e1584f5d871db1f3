package newsbot.core.topic;

/**
 * One condition of a rule: "at least {@code min} mentions of entities (or terms) picked by
 * the masks". Masks are indexed like the topic's entity and term-group lists, resolved at load.
 *
 * @param label        name used by {reason} placeholders
 * @param terms        true: matches term mentions via {@code groupMask}; false: entity mentions via {@code entityMask}
 */
record Selector(String label, boolean terms, boolean[] entityMask, boolean[] groupMask, int min) {

    boolean matches(Mention m) {
        return m.isEntity() ? !terms && entityMask[m.owner()] : terms && groupMask[m.owner()];
    }
}
