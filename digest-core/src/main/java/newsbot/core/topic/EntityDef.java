package newsbot.core.topic;

import java.util.Set;

/** An entity as the topic file defines it: the public view plus which aliases need context. */
record EntityDef(Entity entity, Set<String> ambiguousAliases) {
    EntityDef {
        ambiguousAliases = Set.copyOf(ambiguousAliases);
    }

    boolean isAmbiguous(String alias) {
        return ambiguousAliases.contains(alias);
    }
}
