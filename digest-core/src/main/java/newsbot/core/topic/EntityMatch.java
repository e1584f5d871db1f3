package newsbot.core.topic;

/**
 * One place where a text names an entity.
 *
 * @param entityId  canonical id of the entity
 * @param surface   the text as written at that place
 * @param start     offset of the first char in the text
 * @param end       offset after the last char
 * @param ambiguous true when the alias alone does not prove the entity is meant (e.g. "Austin")
 */
public record EntityMatch(String entityId, String surface, int start, int end, boolean ambiguous) {
}
