package newsbot.core.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbot.core.source.Provenance;
import newsbot.core.source.SourceFacts;
import newsbot.core.source.SourceRules;

/**
 * Every article of a story as a source. A near-duplicate from the same outlet folds into the
 * article it repeats (its files join that source's paths); the rest are listed each once,
 * grouped by outlet (outlets in the order they first reported), oldest first within an outlet.
 */
final class SourceList {
    private SourceList() {
    }

    /** @param articles the story's articles, oldest first */
    static List<Source> of(List<StoryArticleRow> articles, SourceRules rules) {
        Map<Long, StoryArticleRow> byId = new HashMap<>();
        Map<Long, Provenance> provenance = new HashMap<>();
        for (StoryArticleRow a : articles) {
            byId.put(a.id(), a);
            provenance.put(a.id(), rules.resolve(new SourceFacts(a.path(), a.url(), a.named(), a.title())));
        }
        Map<Long, Set<String>> paths = new LinkedHashMap<>();
        for (StoryArticleRow a : articles) {
            paths.computeIfAbsent(owner(a, byId, provenance), k -> new LinkedHashSet<>()).addAll(a.paths());
        }
        Map<String, List<Source>> byOutlet = new LinkedHashMap<>();
        for (StoryArticleRow a : articles) {
            if (owner(a, byId, provenance) != a.id()) {
                continue; // a copy, listed under the article it repeats
            }
            Provenance p = provenance.get(a.id());
            byOutlet.computeIfAbsent(p.outlet(), k -> new ArrayList<>())
                    .add(new Source(p.outlet(), a.url(), a.title(), p.kind(), a.path(), List.copyOf(paths.get(a.id()))));
        }
        List<Source> out = new ArrayList<>();
        byOutlet.values().forEach(out::addAll);
        return List.copyOf(out);
    }

    private static long owner(StoryArticleRow a, Map<Long, StoryArticleRow> byId, Map<Long, Provenance> provenance) {
        if (a.copy() && byId.containsKey(a.canonicalId())
                && provenance.get(a.canonicalId()).outlet().equals(provenance.get(a.id()).outlet())) {
            return a.canonicalId();
        }
        return a.id();
    }
}
