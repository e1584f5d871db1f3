package newsbot.core.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsbot.core.topic.EventKind;

/**
 * What one article says about the event it reports: the kind of contact, who took part (by side), which
 * mechanism or occasion, when, and the words of its title and lead.
 *
 * @param participants entity ids (an office resolved to the person who held it then) to their side and weight:
 *                     1 for a person, ½ for an office nobody in the topic held then
 * @param mentions     how often the article names each participant (of two equally prominent, the one named more
 *                     leads)
 * @param occasions    mechanisms and occasions named in the title or lead (the MMCA, the Shangri-La Dialogue)
 * @param sessions     numbered sessions of a mechanism the title or lead names ("第17次国防部工作会晤":
 *                     "defense-working-meeting#17"): one such session is one event, whatever the dates say
 * @param terms        title and lead terms, the title's twice
 */
record Evidence(GroupedArticle article, String language, EventDate date, Optional<EventKind> kind,
                boolean kindInTitle, Map<String, Participant> participants, Map<String, Integer> mentions,
                Set<String> occasions,
                Set<String> sessions, List<String> terms) {
    Evidence {
        participants = Map.copyOf(participants);
        mentions = Map.copyOf(mentions);
        occasions = Set.copyOf(occasions);
        sessions = Set.copyOf(sessions);
        terms = List.copyOf(terms);
    }

    long id() {
        return article.id();
    }
}
