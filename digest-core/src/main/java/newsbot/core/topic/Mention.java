package newsbot.core.topic;

/**
 * One resolved match in an article: an entity or a term, where it is and how prominent.
 *
 * @param owner    index of the entity, or of the term group
 * @param item     index of the term within its group; 0 for entities
 * @param surface  the text as written
 * @param sentence index of the sentence it is in
 */
record Mention(boolean isEntity, int owner, int item, String surface, int start, int end,
               int sentence, boolean inTitle, boolean inLead, boolean ambiguous) {
}
