package newsbot.core.topic;

import java.util.ArrayList;
import java.util.List;
import newsbot.core.search.Concept;

/**
 * What search may know from a topic: its entities, every term of its term groups, and its glossary's entries,
 * each with the {@code not} texts that hold one of its names (布朗族 for 布朗, "Austin, Texas" for Austin).
 */
final class SearchConcepts {
    private SearchConcepts() {
    }

    static List<Concept> of(TopicDefinition def) {
        List<String> blockers = def.blockers().stream().map(TextFolding::foldPhrase).toList();
        List<Concept> out = new ArrayList<>();
        for (EntityDef e : def.entities()) {
            Entity entity = e.entity();
            Concept.Kind kind = kind(entity.kind());
            // a person's ambiguous names need context in search as in relevance; an office's or a body's keep
            // their meaning alone in what search is asked for (防长 is any defence minister)
            List<String> needsContext = kind == Concept.Kind.PERSON
                    ? entity.allNames().stream().filter(e::isAmbiguous).toList() : List.of();
            out.add(new Concept(entity.displayName(), kind, "topic", entity.allNames(),
                    holding(def.blockers(), blockers, entity.allNames(), List.of()), needsContext, true));
        }
        for (int g = 0; g < def.groups().size(); g++) {
            for (Term term : def.groups().get(g).terms()) {
                List<String> names = term.names().values().stream().flatMap(List::stream).toList();
                out.add(new Concept(term.display(), Concept.Kind.TERM, "terms", names,
                        holding(def.blockers(), blockers, names, List.of()), List.of(), def.contextGroups()[g]));
            }
        }
        for (GlossaryEntry g : def.glossary()) {
            out.add(new Concept(g.label(), kind(g.kind()), "glossary", g.allNames(),
                    holding(def.blockers(), blockers, g.allNames(), g.falseFriends())));
        }
        return out;
    }

    private static Concept.Kind kind(String kind) {
        return switch (kind) {
            case "person" -> Concept.Kind.PERSON;
            case "place" -> Concept.Kind.PLACE;
            case "term" -> Concept.Kind.TERM;
            default -> Concept.Kind.NAME;
        };
    }

    /** {@code own} false friends, then the topic's {@code not} texts that hold one of the names. */
    private static List<String> holding(List<String> texts, List<String> folded, List<String> names, List<String> own) {
        List<String> out = new ArrayList<>(own);
        for (String name : names) {
            String n = TextFolding.foldPhrase(name);
            for (int i = 0; i < texts.size(); i++) {
                if (!n.isEmpty() && folded.get(i).contains(n) && !folded.get(i).equals(n) && !out.contains(texts.get(i))) {
                    out.add(texts.get(i));
                }
            }
        }
        return out;
    }
}
