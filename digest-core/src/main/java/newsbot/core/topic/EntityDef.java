package newsbot.core.topic;

import java.util.List;
import java.util.Set;

/**
 * An entity as the topic file defines it: the public view plus which aliases need context and, for a person,
 * the offices they held (so "the US defence secretary" on a date means the person in office then); a pair such as
 * "中美防长" {@code means} the entities it names together.
 */
record EntityDef(Entity entity, Set<String> ambiguousAliases, List<Tenure> holds, List<String> means) {
    EntityDef {
        ambiguousAliases = Set.copyOf(ambiguousAliases);
        holds = List.copyOf(holds);
        means = List.copyOf(means);
    }

    boolean isAmbiguous(String alias) {
        return ambiguousAliases.contains(alias);
    }
}
