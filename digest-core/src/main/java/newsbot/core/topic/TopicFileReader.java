package newsbot.core.topic;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a topic file into a {@link TopicDefinition}, checking every key on the way.
 * The schema is documented at the top of config/topics/us-china-military.yml.
 */
final class TopicFileReader {
    static final Set<String> KINDS = Set.of("person", "office", "body", "force", "mechanism", "event", "place");

    private static final Set<String> TOP_KEYS = ordered("id", "name", "description", "threshold", "lead_chars",
            "sides", "side_names", "ambiguity", "not", "glossary", "entities", "terms", "events", "rules");
    private static final Set<String> ENTITY_KEYS = ordered("id", "kind", "side", "names", "ambiguous", "holds", "means",
            "note");
    private static final Set<String> HOLDS_KEYS = ordered("office", "from", "until");
    private static final Set<String> EVENTS_KEYS = ordered("window_days", "kinds", "levels", "breaks");
    private static final Set<String> LEVEL_KEYS = ordered("id", "name", "entities");
    private static final Set<String> KIND_KEYS = ordered("id", "name", "terms", "entity_kind", "excludes", "weak",
            "family", "refines");
    private static final Set<String> AMBIGUITY_KEYS = ordered("window", "context");
    private static final Set<String> RULE_KEYS = ordered("id", "in", "all", "any", "none", "weight", "max", "reason",
            "unless");
    private static final Set<String> SELECTOR_KEYS = ordered("entity", "kind", "side", "terms", "min", "name");

    private final YamlNodes yaml;
    private final Path file;
    private final List<EntityDef> entities = new ArrayList<>();
    private final Map<String, Integer> entityIndex = new HashMap<>();
    private final List<TermGroup> groups = new ArrayList<>();
    private final Map<String, Integer> groupIndex = new HashMap<>();
    private final Set<String> sides = new LinkedHashSet<>();
    /** holds: entries by person id, resolved once every entity is read. */
    private final Map<String, List<PendingTenure>> pendingHolds = new HashMap<>();
    private final Map<String, Node> pendingMeans = new LinkedHashMap<>();

    private TopicFileReader(YamlNodes yaml, Path file) {
        this.yaml = yaml;
        this.file = file;
    }

    static TopicDefinition read(Path file) throws TopicFileException {
        TopicFileReader reader = new TopicFileReader(YamlNodes.of(file), file);
        return reader.topic(reader.yaml.load(file, ""));
    }

    private TopicDefinition topic(Node root) throws TopicFileException {
        Map<String, Node> f = yaml.fields(root, "", TOP_KEYS);
        String id = yaml.text(yaml.required(f, root, "", "id"), "id");
        String name = yaml.text(yaml.required(f, root, "", "name"), "name");
        double threshold = yaml.number(yaml.required(f, root, "", "threshold"), "threshold");
        int leadChars = f.containsKey("lead_chars") ? yaml.positiveInt(f.get("lead_chars"), "lead_chars") : 300;
        if (f.containsKey("sides")) {
            sides.addAll(yaml.texts(f.get("sides"), "sides"));
        }
        Map<String, Map<String, String>> sideNames = f.containsKey("side_names")
                ? sideNames(f.get("side_names")) : Map.of();
        List<String> blockers = f.containsKey("not") ? yaml.texts(f.get("not"), "not") : List.of();

        List<Node> entityNodes = yaml.list(yaml.required(f, root, "", "entities"), "entities");
        Map<String, String> aliasOwner = new HashMap<>();
        for (int i = 0; i < entityNodes.size(); i++) {
            entity(entityNodes.get(i), "entities[" + i + "]", aliasOwner);
        }
        Node termsNode = yaml.required(f, root, "", "terms");
        Map<String, Node> termFields = yaml.fields(termsNode, "terms", YamlNodes.anyKey(termsNode));
        for (Map.Entry<String, Node> e : termFields.entrySet()) {
            termGroup(e.getKey(), e.getValue());
        }

        // kinds add their cue terms as groups of their own, before any mask over the groups is built
        List<EventKind> kinds = new ArrayList<>();
        List<EventKind.Cues> cues = new ArrayList<>();
        List<EventLevel> levels = new ArrayList<>();
        List<String> breaks = List.of();
        int windowDays = 3;
        if (f.containsKey("events")) {
            Map<String, Node> ev = yaml.fields(f.get("events"), "events", EVENTS_KEYS);
            if (ev.containsKey("window_days")) {
                windowDays = yaml.positiveInt(ev.get("window_days"), "events.window_days");
            }
            if (ev.containsKey("kinds")) {
                eventKinds(yaml.list(ev.get("kinds"), "events.kinds"), kinds, cues);
            }
            if (ev.containsKey("levels")) {
                eventLevels(yaml.list(ev.get("levels"), "events.levels"), levels);
            }
            if (ev.containsKey("breaks")) {
                breaks = yaml.texts(ev.get("breaks"), "events.breaks");
                for (String b : breaks) {
                    if (kinds.stream().noneMatch(k -> k.id().equals(b))) {
                        throw yaml.error(ev.get("breaks"), "events.breaks", "unknown kind \"" + b + "\"");
                    }
                }
            }
        }
        resolveHolds();

        int window = 60;
        boolean[] context = new boolean[groups.size()];
        if (f.containsKey("ambiguity")) {
            Map<String, Node> a = yaml.fields(f.get("ambiguity"), "ambiguity", AMBIGUITY_KEYS);
            if (a.containsKey("window")) {
                window = yaml.positiveInt(a.get("window"), "ambiguity.window");
            }
            if (a.containsKey("context")) {
                for (String g : yaml.texts(a.get("context"), "ambiguity.context")) {
                    context[group(g, a.get("context"), "ambiguity.context")] = true;
                }
            }
        }

        List<Node> ruleNodes = yaml.list(yaml.required(f, root, "", "rules"), "rules");
        List<Rule> rules = new ArrayList<>();
        Set<String> ruleIds = new HashSet<>();
        for (int i = 0; i < ruleNodes.size(); i++) {
            Rule rule = rule(ruleNodes.get(i), "rules[" + i + "]", ruleIds);
            if (ruleIds.contains(rule.id())) {
                throw yaml.error(ruleNodes.get(i), "rules[" + i + "].id", "duplicate rule id \"" + rule.id() + "\"");
            }
            ruleIds.add(rule.id());
            rules.add(rule);
        }
        List<GlossaryEntry> glossary = f.containsKey("glossary") ? glossary(f.get("glossary")) : List.of();
        return new TopicDefinition(id, name, threshold, leadChars, window, context, entities, groups, blockers, rules,
                kinds, cues, windowDays, glossary, sideNames, levels, breaks);
    }

    /**
     * The entries of every glossary file named, each path relative to the topic file's folder; one that is not there
     * is the bundled glossary of that file name, if newsbot ships one (a topic file copied on its own).
     */
    private List<GlossaryEntry> glossary(Node node) throws TopicFileException {
        List<GlossaryEntry> entries = new ArrayList<>();
        Path folder = file.toAbsolutePath().getParent();
        for (String name : yaml.texts(node, "glossary")) {
            Path glossaryFile = folder.resolve(name).normalize();
            if (java.nio.file.Files.isRegularFile(glossaryFile)) {
                entries.addAll(GlossaryFileReader.read(glossaryFile));
                continue;
            }
            Path fileName = glossaryFile.getFileName();
            var bundled = fileName == null ? java.util.Optional.<List<GlossaryEntry>>empty()
                    : GlossaryFileReader.bundled(fileName.toString());
            if (bundled.isEmpty()) {
                throw yaml.error(node, "glossary", "no glossary file " + glossaryFile + ", and none of that name is bundled");
            }
            entries.addAll(bundled.get());
        }
        return entries;
    }

    /** {@code side_names: {us: {en: US, zh: 美}, …}}: how digests name each declared side, per language. */
    private Map<String, Map<String, String>> sideNames(Node node) throws TopicFileException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> side : yaml.fields(node, "side_names", YamlNodes.anyKey(node)).entrySet()) {
            String key = "side_names." + side.getKey();
            if (!sides.contains(side.getKey())) {
                throw yaml.error(side.getValue(), key, "unknown side \"" + side.getKey() + "\"; declare it under \"sides\"");
            }
            Map<String, String> names = new LinkedHashMap<>();
            for (Map.Entry<String, Node> e : yaml.fields(side.getValue(), key, YamlNodes.anyKey(side.getValue())).entrySet()) {
                names.put(e.getKey(), yaml.text(e.getValue(), key + "." + e.getKey()));
            }
            out.put(side.getKey(), names);
        }
        return out;
    }

    private void eventKinds(List<Node> nodes, List<EventKind> kinds, List<EventKind.Cues> cues)
            throws TopicFileException {
        Map<String, Node> excludeNodes = new LinkedHashMap<>();
        Map<String, Node> refinesNodes = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String key = "events.kinds[" + i + "]";
            Map<String, Node> k = yaml.fields(nodes.get(i), key, KIND_KEYS);
            String id = yaml.text(yaml.required(k, nodes.get(i), key, "id"), key + ".id");
            if (!ids.add(id)) {
                throw yaml.error(k.get("id"), key + ".id", "duplicate kind id \"" + id + "\"");
            }
            Map<String, String> names = k.containsKey("name") ? namesByLanguage(k.get("name"), key + ".name") : Map.of();
            List<String> entityKinds = k.containsKey("entity_kind")
                    ? yaml.texts(k.get("entity_kind"), key + ".entity_kind") : List.of();
            for (String ek : entityKinds) {
                if (!KINDS.contains(ek)) {
                    throw yaml.error(k.get("entity_kind"), key + ".entity_kind", "unknown entity kind \"" + ek + "\"");
                }
            }
            if (!k.containsKey("terms") && entityKinds.isEmpty()) {
                throw yaml.error(nodes.get(i), key, "a kind needs \"terms\" or \"entity_kind\" to be recognised by");
            }
            int group = -1;
            if (k.containsKey("terms")) {
                Node t = k.get("terms");
                Map<String, List<String>> forms = new LinkedHashMap<>();
                for (Map.Entry<String, Node> e : yaml.fields(t, key + ".terms", YamlNodes.anyKey(t)).entrySet()) {
                    forms.put(e.getKey(), yaml.texts(e.getValue(), key + ".terms." + e.getKey()));
                }
                group = groups.size();
                groups.add(new TermGroup("kind:" + id, List.of(new Term(id, forms))));
            }
            if (k.containsKey("excludes")) {
                excludeNodes.put(id, k.get("excludes"));
            }
            boolean weak = k.containsKey("weak") && yaml.bool(k.get("weak"), key + ".weak");
            String family = k.containsKey("family") ? yaml.text(k.get("family"), key + ".family") : "";
            String refines = k.containsKey("refines") ? yaml.text(k.get("refines"), key + ".refines") : "";
            if (!refines.isEmpty()) {
                refinesNodes.put(id, k.get("refines"));
            }
            kinds.add(new EventKind(id, names, Set.of(), weak, family, refines));
            cues.add(new EventKind.Cues(group, entityKinds));
        }
        for (int i = 0; i < kinds.size(); i++) {
            EventKind kind = kinds.get(i);
            Node ex = excludeNodes.get(kind.id());
            Node refines = refinesNodes.get(kind.id());
            if (refines != null && (!ids.contains(kind.refines()) || kind.refines().equals(kind.id()))) {
                throw yaml.error(refines, "events.kinds[" + i + "].refines", "unknown kind \"" + kind.refines() + "\"");
            }
            if (ex != null) {
                List<String> excluded = yaml.texts(ex, "events.kinds[" + i + "].excludes");
                for (String e : excluded) {
                    if (!ids.contains(e)) {
                        throw yaml.error(ex, "events.kinds[" + i + "].excludes", "unknown kind \"" + e + "\"");
                    }
                }
                kinds.set(i, new EventKind(kind.id(), kind.names(), Set.copyOf(excluded), kind.weak(), kind.family(),
                        kind.refines()));
            }
        }
        Map<String, String> broader = new LinkedHashMap<>();
        kinds.forEach(k -> broader.put(k.id(), k.refines()));
        for (int i = 0; i < kinds.size(); i++) {
            String at = kinds.get(i).id();
            for (int step = 0; step <= kinds.size() && !at.isEmpty(); step++) {
                at = broader.get(at);
                if (at.equals(kinds.get(i).id())) {
                    throw yaml.error(refinesNodes.get(at), "events.kinds[" + i + "].refines",
                            "kinds refine each other in a circle");
                }
            }
        }
    }

    /** {@code name: {en: Call, zh: 通话}}: a display name per language code. */
    private Map<String, String> namesByLanguage(Node n, String key) throws TopicFileException {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : yaml.fields(n, key, YamlNodes.anyKey(n)).entrySet()) {
            names.put(e.getKey(), yaml.text(e.getValue(), key + "." + e.getKey()));
        }
        return names;
    }

    /** {@code events.levels}: most senior first; entities must be the file's; one level at most lists none. */
    private void eventLevels(List<Node> nodes, List<EventLevel> levels) throws TopicFileException {
        Set<String> ids = new HashSet<>();
        String fallback = null;
        for (int i = 0; i < nodes.size(); i++) {
            String key = "events.levels[" + i + "]";
            Map<String, Node> l = yaml.fields(nodes.get(i), key, LEVEL_KEYS);
            String id = yaml.text(yaml.required(l, nodes.get(i), key, "id"), key + ".id");
            if (!ids.add(id)) {
                throw yaml.error(l.get("id"), key + ".id", "duplicate level id \"" + id + "\"");
            }
            Map<String, String> names = l.containsKey("name") ? namesByLanguage(l.get("name"), key + ".name") : Map.of();
            List<String> members = l.containsKey("entities")
                    ? yaml.texts(l.get("entities"), key + ".entities") : List.of();
            for (String e : members) {
                if (!entityIndex.containsKey(e)) {
                    throw yaml.error(l.get("entities"), key + ".entities", "unknown entity \"" + e + "\"");
                }
            }
            if (members.isEmpty()) {
                if (fallback != null) {
                    throw yaml.error(nodes.get(i), key, "only one level may list no entities (the level of everyone "
                            + "else); \"" + fallback + "\" already does");
                }
                fallback = id;
            }
            levels.add(new EventLevel(id, names, members));
        }
    }

    /** Offices named in {@code holds} must be entities of the file; checked once every entity is known. */
    private void resolveHolds() throws TopicFileException {
        for (int e = 0; e < entities.size(); e++) {
            EntityDef def = entities.get(e);
            List<PendingTenure> raw = pendingHolds.get(def.entity().id());
            if (raw == null) {
                continue;
            }
            List<Tenure> tenures = new ArrayList<>();
            for (PendingTenure r : raw) {
                Integer office = entityIndex.get(r.office());
                if (office == null) {
                    throw yaml.error(r.node(), r.key(), "unknown entity \"" + r.office() + "\"");
                }
                tenures.add(new Tenure(office, r.from(), r.until()));
            }
            entities.set(e, new EntityDef(def.entity(), def.ambiguousAliases(), tenures, def.means()));
        }
        for (Map.Entry<String, Node> m : pendingMeans.entrySet()) {
            int e = entityIndex.get(m.getKey());
            String key = "entities[" + e + "].means";
            List<String> ids = yaml.texts(m.getValue(), key);
            for (String id : ids) {
                if (!entityIndex.containsKey(id)) {
                    throw yaml.error(m.getValue(), key, "unknown entity \"" + id + "\"");
                }
            }
            EntityDef def = entities.get(e);
            entities.set(e, new EntityDef(def.entity(), def.ambiguousAliases(), def.holds(), ids));
        }
    }

    private void holds(String id, Node node, String key) throws TopicFileException {
        List<Node> items = yaml.list(node, key);
        List<PendingTenure> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemKey = key + "[" + i + "]";
            Map<String, Node> h = yaml.fields(items.get(i), itemKey, HOLDS_KEYS);
            String office = yaml.text(yaml.required(h, items.get(i), itemKey, "office"), itemKey + ".office");
            LocalDate from = h.containsKey("from") ? date(h.get("from"), itemKey + ".from") : LocalDate.MIN;
            LocalDate until = h.containsKey("until") ? date(h.get("until"), itemKey + ".until") : LocalDate.MAX;
            if (until.isBefore(from)) {
                throw yaml.error(h.get("until"), itemKey + ".until", "ends before it starts");
            }
            out.add(new PendingTenure(office, from, until, h.get("office"), itemKey + ".office"));
        }
        pendingHolds.put(id, out);
    }

    private LocalDate date(Node node, String key) throws TopicFileException {
        String text = yaml.text(node, key);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw yaml.error(node, key, "expected a date like 2024-04-16, got \"" + text + "\"");
        }
    }

    private void entity(Node node, String key, Map<String, String> aliasOwner) throws TopicFileException {
        Map<String, Node> f = yaml.fields(node, key, ENTITY_KEYS);
        String id = yaml.text(yaml.required(f, node, key, "id"), key + ".id");
        if (entityIndex.containsKey(id)) {
            throw yaml.error(f.get("id"), key + ".id", "duplicate entity id \"" + id + "\"");
        }
        String kind = yaml.text(yaml.required(f, node, key, "kind"), key + ".kind");
        if (!KINDS.contains(kind)) {
            throw yaml.error(f.get("kind"), key + ".kind", "unknown kind \"" + kind + "\"; expected one of "
                    + String.join(", ", new java.util.TreeSet<>(KINDS)));
        }
        String side = "";
        if (f.containsKey("side")) {
            side = yaml.text(f.get("side"), key + ".side");
            if (!sides.contains(side)) {
                throw yaml.error(f.get("side"), key + ".side", "unknown side \"" + side + "\"; declare it under \"sides\"");
            }
        }
        Node namesNode = yaml.required(f, node, key, "names");
        Map<String, Node> langs = yaml.fields(namesNode, key + ".names", YamlNodes.anyKey(namesNode));
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : langs.entrySet()) {
            String langKey = key + ".names." + e.getKey();
            List<String> aliases = yaml.texts(e.getValue(), langKey);
            for (String alias : aliases) {
                String folded = TextFolding.foldPhrase(alias);
                String owner = aliasOwner.putIfAbsent(folded, id);
                if (owner != null && !owner.equals(id)) {
                    throw yaml.error(e.getValue(), langKey, "alias \"" + alias + "\" already names entity \"" + owner + "\"");
                }
            }
            names.put(e.getKey(), aliases);
        }
        Set<String> ambiguous = new HashSet<>();
        if (f.containsKey("ambiguous")) {
            Node a = f.get("ambiguous");
            List<String> all = names.values().stream().flatMap(List::stream).toList();
            if (a instanceof ScalarNode s && s.getTag().equals(org.snakeyaml.engine.v2.nodes.Tag.BOOL)) {
                if (yaml.bool(a, key + ".ambiguous")) {
                    ambiguous.addAll(all);
                }
            } else {
                for (String alias : yaml.texts(a, key + ".ambiguous")) {
                    if (!all.contains(alias)) {
                        throw yaml.error(a, key + ".ambiguous", "\"" + alias + "\" is not one of the entity's names");
                    }
                    ambiguous.add(alias);
                }
            }
        }
        if (f.containsKey("holds")) {
            holds(id, f.get("holds"), key + ".holds");
        }
        if (f.containsKey("means")) {
            pendingMeans.put(id, f.get("means"));
        }
        entityIndex.put(id, entities.size());
        entities.add(new EntityDef(new Entity(id, kind, side, names), ambiguous, List.of(), List.of()));
    }

    /** A group is a list of terms; a term is one text, or forms per language ({en: call, zh: [通话, 电话]}). */
    private void termGroup(String name, Node node) throws TopicFileException {
        String key = "terms." + name;
        List<Node> items = yaml.list(node, key);
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String itemKey = key + "[" + i + "]";
            if (item instanceof ScalarNode) {
                String text = yaml.text(item, itemKey);
                terms.add(new Term(text, Map.of("", List.of(text))));
            } else {
                Map<String, Node> langs = yaml.fields(item, itemKey, YamlNodes.anyKey(item));
                Map<String, List<String>> forms = new LinkedHashMap<>();
                for (Map.Entry<String, Node> e : langs.entrySet()) {
                    forms.put(e.getKey(), yaml.texts(e.getValue(), itemKey + "." + e.getKey()));
                }
                if (forms.isEmpty()) {
                    throw yaml.error(item, itemKey, "a term needs at least one form");
                }
                List<String> en = forms.get("en");
                String display = en != null ? en.get(0) : forms.values().iterator().next().get(0);
                terms.add(new Term(display, forms));
            }
        }
        groupIndex.put(name, groups.size());
        groups.add(new TermGroup(name, terms));
    }

    private Rule rule(Node node, String key, Set<String> earlierRules) throws TopicFileException {
        Map<String, Node> f = yaml.fields(node, key, RULE_KEYS);
        String id = yaml.text(yaml.required(f, node, key, "id"), key + ".id");
        Scope scope = Scope.ARTICLE;
        if (f.containsKey("in")) {
            String in = yaml.text(f.get("in"), key + ".in");
            try {
                scope = Scope.valueOf(in.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw yaml.error(f.get("in"), key + ".in", "expected title, lead, sentence or article, got \"" + in + "\"");
            }
        }
        List<Selector> all = selectors(f.get("all"), key + ".all");
        List<Selector> any = selectors(f.get("any"), key + ".any");
        List<Selector> none = selectors(f.get("none"), key + ".none");
        if (all.isEmpty() && any.isEmpty() && none.isEmpty()) {
            throw yaml.error(node, key, "a rule needs \"all\", \"any\" or \"none\" conditions");
        }
        if (all.isEmpty() && any.isEmpty() && scope == Scope.SENTENCE) {
            throw yaml.error(node, key, "a rule \"in: sentence\" needs \"all\" or \"any\" conditions");
        }
        double weight = yaml.number(yaml.required(f, node, key, "weight"), key + ".weight");
        int max = f.containsKey("max") ? yaml.positiveInt(f.get("max"), key + ".max") : 1;
        if (max > 1 && scope != Scope.SENTENCE) {
            throw yaml.error(f.get("max"), key + ".max", "only a rule \"in: sentence\" can count more than once");
        }
        String reasonText = f.containsKey("reason") ? yaml.text(f.get("reason"), key + ".reason") : id;
        ReasonTemplate reason;
        try {
            reason = ReasonTemplate.parse(reasonText);
        } catch (IllegalArgumentException e) {
            throw yaml.error(f.get("reason"), key + ".reason", e.getMessage());
        }
        Set<String> labels = new HashSet<>();
        all.forEach(s -> labels.add(s.label()));
        any.forEach(s -> labels.add(s.label()));
        if (!any.isEmpty()) {
            labels.add("any");
        }
        for (String label : reason.labels()) {
            if (!labels.contains(label)) {
                throw yaml.error(f.get("reason"), key + ".reason", "placeholder {" + label
                        + "} names no condition; known: " + String.join(", ", new java.util.TreeSet<>(labels)));
            }
        }
        List<String> unless = f.containsKey("unless") ? yaml.texts(f.get("unless"), key + ".unless") : List.of();
        for (String earlier : unless) {
            if (!earlierRules.contains(earlier)) {
                throw yaml.error(f.get("unless"), key + ".unless", "\"" + earlier
                        + "\" is not a rule listed before this one (unless names earlier rules)");
            }
        }
        return new Rule(id, scope, all, any, none, weight, max, reason, unless);
    }

    private List<Selector> selectors(Node node, String key) throws TopicFileException {
        if (node == null || YamlNodes.isNull(node)) {
            return List.of();
        }
        List<Node> items = yaml.list(node, key);
        List<Selector> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(selector(items.get(i), key + "[" + i + "]"));
        }
        return out;
    }

    /** {entity: ids} / {kind: k} / {side: s} (combinable, all must hold) or {terms: groups}; optional min, name. */
    private Selector selector(Node node, String key) throws TopicFileException {
        Map<String, Node> f = yaml.fields(node, key, SELECTOR_KEYS);
        int min = f.containsKey("min") ? yaml.positiveInt(f.get("min"), key + ".min") : 1;
        boolean[] entityMask = new boolean[entities.size()];
        boolean[] groupMask = new boolean[groups.size()];
        String defaultLabel = null;
        if (f.containsKey("terms")) {
            if (f.containsKey("entity") || f.containsKey("kind") || f.containsKey("side")) {
                throw yaml.error(node, key, "\"terms\" cannot be combined with entity, kind or side; use two conditions");
            }
            List<String> names = yaml.texts(f.get("terms"), key + ".terms");
            for (String g : names) {
                groupMask[group(g, f.get("terms"), key + ".terms")] = true;
            }
            defaultLabel = names.get(0);
        } else {
            if (!f.containsKey("entity") && !f.containsKey("kind") && !f.containsKey("side")) {
                throw yaml.error(node, key, "a condition needs \"entity\", \"kind\", \"side\" or \"terms\"");
            }
            Set<String> ids = set(f, "entity", key);
            Set<String> kinds = set(f, "kind", key);
            Set<String> sideSet = set(f, "side", key);
            for (String id : ids) {
                if (!entityIndex.containsKey(id)) {
                    throw yaml.error(f.get("entity"), key + ".entity", "unknown entity \"" + id + "\"");
                }
            }
            for (String k : kinds) {
                if (!KINDS.contains(k)) {
                    throw yaml.error(f.get("kind"), key + ".kind", "unknown kind \"" + k + "\"");
                }
            }
            for (String s : sideSet) {
                if (!sides.contains(s)) {
                    throw yaml.error(f.get("side"), key + ".side", "unknown side \"" + s + "\"");
                }
            }
            for (int e = 0; e < entities.size(); e++) {
                Entity ent = entities.get(e).entity();
                entityMask[e] = (ids.isEmpty() || ids.contains(ent.id()))
                        && (kinds.isEmpty() || kinds.contains(ent.kind()))
                        && (sideSet.isEmpty() || sideSet.contains(ent.side()));
            }
            defaultLabel = !ids.isEmpty() ? ids.iterator().next()
                    : !sideSet.isEmpty() ? sideSet.iterator().next() : kinds.iterator().next();
        }
        String label = f.containsKey("name") ? yaml.text(f.get("name"), key + ".name") : defaultLabel;
        return new Selector(label, f.containsKey("terms"), entityMask, groupMask, min);
    }

    private Set<String> set(Map<String, Node> f, String name, String key) throws TopicFileException {
        return f.containsKey(name) ? new LinkedHashSet<>(yaml.texts(f.get(name), key + "." + name)) : Set.of();
    }

    private int group(String name, Node node, String key) throws TopicFileException {
        Integer g = groupIndex.get(name);
        if (g == null) {
            throw yaml.error(node, key, "unknown term group \"" + name + "\"; known: "
                    + String.join(", ", groupIndex.keySet().stream().sorted().toList()));
        }
        return g;
    }

    private record PendingTenure(String office, LocalDate from, LocalDate until, Node node, String key) {
    }

    private static Set<String> ordered(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }
}
