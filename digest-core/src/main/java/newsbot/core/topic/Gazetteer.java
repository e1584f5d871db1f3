package newsbot.core.topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topic's entities as a bilingual dictionary, for search: "Austin" → Lloyd Austin with
 * 奥斯汀, 劳埃德·奥斯汀 ...; "香会" → Shangri-La Dialogue with its English names.
 * Immutable and thread-safe.
 */
public final class Gazetteer {
    private final List<EntityDef> entities;
    private final Map<String, Entity> byFoldedName;
    private final Lexicon lexicon;

    Gazetteer(List<EntityDef> entities, Lexicon lexicon) {
        this.entities = List.copyOf(entities);
        this.lexicon = lexicon;
        Map<String, Entity> map = new HashMap<>();
        for (EntityDef def : entities) {
            map.putIfAbsent(TextFolding.foldPhrase(def.entity().id()), def.entity());
            for (String alias : def.entity().allNames()) {
                map.putIfAbsent(TextFolding.foldPhrase(alias), def.entity());
            }
        }
        this.byFoldedName = Map.copyOf(map);
    }

    /** The entity one of whose names (or its id) is {@code term}, ignoring case, width and spacing. */
    public Optional<Entity> lookup(String term) {
        return Optional.ofNullable(byFoldedName.get(TextFolding.foldPhrase(term)));
    }

    /** Every entity, in file order. */
    public List<Entity> entities() {
        return entities.stream().map(EntityDef::entity).toList();
    }

    /**
     * Every place {@code text} names an entity, in text order. Ambiguous aliases are reported
     * with {@code ambiguous = true} and are not resolved here: a search box has no context.
     */
    public List<EntityMatch> find(String text) {
        List<EntityMatch> found = new ArrayList<>();
        for (Lexicon.Hit h : lexicon.scan(TextFolding.fold(text))) {
            if (h.owner() == Lexicon.Owner.ENTITY) {
                found.add(new EntityMatch(entities.get(h.ownerIndex()).entity().id(),
                        text.substring(h.start(), h.end()), h.start(), h.end(), h.ambiguous()));
            }
        }
        return found;
    }
}
