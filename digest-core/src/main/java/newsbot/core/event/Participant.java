package newsbot.core.event;

/**
 * Someone who took part in an event.
 *
 * @param entityId the topic's entity id: a person, or an office when the topic knows nobody who held it then
 * @param name     the display name (the entity's first English name)
 * @param side     the topic's side ("us", "cn"), "" when it has none
 * @param weight   how prominent in the article: 1 named in the title, 0.6 in the lead, 0.3 only often elsewhere;
 *                 half that for an office
 */
public record Participant(String entityId, String name, String side, double weight) {
}
