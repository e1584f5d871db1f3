package newsbot.bot.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbot.core.store.DatabaseLocation;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** A YAML node with its dotted key path and line, so every error can say where it is. */
final class ConfigNode {
    private final Path file;
    private final String key;
    private final Node node;

    ConfigNode(Path file, String key, Node node) {
        this.file = file;
        this.key = key;
        this.node = node;
    }

    String key() {
        return key;
    }

    int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    ConfigException error(String problem) {
        return new ConfigException(file + " line " + line() + ": " + key + ": " + problem);
    }

    /** The entries of a mapping, refusing keys not in {@code allowed}. */
    Map<String, ConfigNode> mapping(Set<String> allowed) throws ConfigException {
        if (!(node instanceof MappingNode m)) {
            throw error("expected a mapping of keys");
        }
        Map<String, ConfigNode> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            ConfigNode k = new ConfigNode(file, key, t.getKeyNode());
            String name = k.string();
            String path = key.isEmpty() ? name : key + "." + name;
            if (!allowed.contains(name)) {
                throw new ConfigException(file + " line " + k.line() + ": unknown key \"" + path + "\" (known here: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
            if (out.containsKey(name)) {
                throw new ConfigException(file + " line " + k.line() + ": " + path + " is set twice");
            }
            out.put(name, new ConfigNode(file, path, t.getValueNode()));
        }
        return out;
    }

    List<ConfigNode> list() throws ConfigException {
        if (node instanceof ScalarNode s && s.getValue().isBlank()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            throw error("expected a list");
        }
        List<ConfigNode> out = new ArrayList<>();
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            out.add(new ConfigNode(file, key + "[" + i + "]", items.get(i)));
        }
        return out;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    String string() throws ConfigException {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().strip();
        }
        throw error("expected a value");
    }

    /** A file or folder; a relative one is taken relative to {@code folder} (the configuration file's). */
    Path path(Path folder) throws ConfigException {
        String v = string();
        try {
            return folder.resolve(v).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw error("not a usable path: \"" + v + "\" (" + e.getReason() + ")");
        }
    }

    /** A SQLite file (relative to {@code folder}) or a {@code jdbc:postgresql://} URL. */
    DatabaseLocation database(Path folder) throws ConfigException {
        try {
            return DatabaseLocation.parse(string(), folder);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    long positiveLong() throws ConfigException {
        String v = string().replace("_", "");
        try {
            long l = Long.parseLong(v);
            if (l > 0) {
                return l;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error("expected a positive whole number, got \"" + v + "\"");
    }

    int positiveInt(int max) throws ConfigException {
        long l = positiveLong();
        if (l > max) {
            throw error("expected at most " + max + ", got " + l);
        }
        return (int) l;
    }

    boolean bool() throws ConfigException {
        String v = string();
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error("expected true or false, got \"" + v + "\"");
        };
    }

    String oneOf(Set<String> choices) throws ConfigException {
        String v = string();
        if (!choices.contains(v)) {
            throw error("expected one of " + String.join(", ", new TreeSet<>(choices)) + ", got \"" + v + "\"");
        }
        return v;
    }
}
