package newsbot.core.topic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a glossary file: {@code sources} (key → the reference entries follow) and {@code entries}, each with
 * English and Chinese names, its {@code src}, and optionally {@code kind} and {@code not}. The schema is documented
 * at the top of config/glossary/military-diplomatic.yml; every problem names the file, line and key.
 */
final class GlossaryFileReader {
    static final Set<String> KINDS = Set.of("person", "place", "office", "body", "force", "mechanism", "event", "term");
    private static final Set<String> TOP_KEYS = new LinkedHashSet<>(List.of("sources", "entries"));
    private static final Set<String> ENTRY_KEYS = new LinkedHashSet<>(List.of("en", "zh", "kind", "src", "not", "note"));
    private static final List<String> LANGUAGES = List.of("en", "zh");
    private static final String BUNDLED = "/newsbot/glossary/";

    private GlossaryFileReader() {
    }

    static List<GlossaryEntry> read(Path file) throws TopicFileException {
        YamlNodes yaml = YamlNodes.of(file);
        return entries(yaml, yaml.load(file, "the glossary"));
    }

    /**
     * The glossary of this file name bundled with newsbot (a copy of config/glossary/ made by the build), if there is
     * one: a topic file copied elsewhere without its glossary still finds the shipped one.
     */
    static java.util.Optional<List<GlossaryEntry>> bundled(String fileName) throws TopicFileException {
        try (java.io.InputStream in = GlossaryFileReader.class.getResourceAsStream(BUNDLED + fileName)) {
            if (in == null || fileName.contains("/")) {
                return java.util.Optional.empty();
            }
            YamlNodes yaml = new YamlNodes(fileName);
            return java.util.Optional.of(entries(yaml, yaml.compose(
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))));
        } catch (java.io.IOException e) {
            throw new TopicFileException(fileName, 0, "", "cannot read the bundled glossary: " + e.getMessage());
        }
    }

    private static List<GlossaryEntry> entries(YamlNodes yaml, Node root) throws TopicFileException {
        Map<String, Node> top = yaml.fields(root, "", TOP_KEYS);
        Node sourcesNode = yaml.required(top, root, "", "sources");
        Map<String, Node> declared = yaml.fields(sourcesNode, "sources", YamlNodes.anyKey(sourcesNode));
        for (Map.Entry<String, Node> s : declared.entrySet()) {
            yaml.text(s.getValue(), "sources." + s.getKey());
        }
        Set<String> sources = declared.keySet();
        List<Node> items = yaml.list(yaml.required(top, root, "", "entries"), "entries");
        List<GlossaryEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            entries.add(entry(yaml, items.get(i), "entries[" + i + "]", sources));
        }
        return entries;
    }

    private static GlossaryEntry entry(YamlNodes yaml, Node node, String key, Set<String> sources)
            throws TopicFileException {
        Map<String, Node> f = yaml.fields(node, key, ENTRY_KEYS);
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            names.put(lang, yaml.texts(yaml.required(f, node, key, lang), key + "." + lang));
        }
        String kind = f.containsKey("kind") ? yaml.text(f.get("kind"), key + ".kind") : "term";
        if (!KINDS.contains(kind)) {
            throw yaml.error(f.get("kind"), key + ".kind", "unknown kind \"" + kind + "\"; expected one of "
                    + String.join(", ", new java.util.TreeSet<>(KINDS)));
        }
        String src = yaml.text(yaml.required(f, node, key, "src"), key + ".src");
        if (!sources.contains(src)) {
            throw yaml.error(f.get("src"), key + ".src", "unknown source \"" + src + "\"; declare it under \"sources\"");
        }
        List<String> not = f.containsKey("not") ? yaml.texts(f.get("not"), key + ".not") : List.of();
        return new GlossaryEntry(kind, names, src, not);
    }
}
