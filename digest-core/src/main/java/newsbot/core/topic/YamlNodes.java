package newsbot.core.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed access to composed YAML nodes; every failure becomes a {@link TopicFileException}
 * that names the file, the node's line and the key path ("rules[3].weight").
 */
final class YamlNodes {
    private final String fileName;

    YamlNodes(String fileName) {
        this.fileName = fileName;
    }

    /** For a file: named by its file name in every error. */
    static YamlNodes of(java.nio.file.Path file) {
        return new YamlNodes(file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }

    /** Reads and composes the file (UTF-8, a BOM skipped); {@code what} names it in errors ("the glossary"). */
    Node load(java.nio.file.Path file, String what) throws TopicFileException {
        String content;
        try {
            content = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new TopicFileException(fileName, 0, "", "cannot read" + (what.isEmpty() ? "" : " " + what + " " + file)
                    + ": " + e.getMessage());
        }
        return compose(content);
    }

    /** Composes YAML text (a BOM skipped); errors name this file and the line. */
    Node compose(String content) throws TopicFileException {
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1);
        }
        try {
            return new org.snakeyaml.engine.v2.api.lowlevel.Compose(
                    org.snakeyaml.engine.v2.api.LoadSettings.builder().setLabel(fileName).build())
                    .composeReader(new java.io.StringReader(content))
                    .orElseThrow(() -> new TopicFileException(fileName, 0, "", "the file is empty"));
        } catch (org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new TopicFileException(fileName, line, "", "invalid YAML: " + e.getProblem());
        } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException e) {
            throw new TopicFileException(fileName, 0, "", "invalid YAML: " + e.getMessage());
        }
    }

    TopicFileException error(Node node, String key, String problem) {
        int line = node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        return new TopicFileException(fileName, line, key, problem);
    }

    /** The mapping's entries by key, rejecting keys outside {@code allowed} and duplicates. */
    Map<String, Node> fields(Node node, String key, Set<String> allowed) throws TopicFileException {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, key, "expected a mapping of keys, got " + describe(node));
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                throw error(keyNode, key, "a key must be plain text");
            }
            String name = scalar.getValue();
            String path = join(key, name);
            if (!allowed.contains(name)) {
                throw error(keyNode, path, "unknown key; expected one of " + String.join(", ", allowed));
            }
            if (fields.put(name, tuple.getValueNode()) != null) {
                throw error(keyNode, path, "key given twice");
            }
        }
        return fields;
    }

    Node required(Map<String, Node> fields, Node parent, String key, String name) throws TopicFileException {
        Node node = fields.get(name);
        if (node == null || isNull(node)) {
            throw error(parent, key, "missing \"" + name + "\"");
        }
        return node;
    }

    String text(Node node, String key) throws TopicFileException {
        if (!(node instanceof ScalarNode scalar) || isNull(node)) {
            throw error(node, key, "expected text, got " + describe(node));
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            throw error(node, key, "expected text, got an empty value");
        }
        return value;
    }

    double number(Node node, String key) throws TopicFileException {
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            try {
                double value = Double.parseDouble(scalar.getValue().replace("_", ""));
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw error(node, key, "expected a number, got " + describe(node));
    }

    int positiveInt(Node node, String key) throws TopicFileException {
        double value = number(node, key);
        if (value != Math.rint(value) || value < 1 || value > 1_000_000) {
            throw error(node, key, "expected a whole number of at least 1, got " + describe(node));
        }
        return (int) value;
    }

    boolean bool(Node node, String key) throws TopicFileException {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(scalar.getValue().toLowerCase());
        }
        throw error(node, key, "expected true or false, got " + describe(node));
    }

    List<Node> list(Node node, String key) throws TopicFileException {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        throw error(node, key, "expected a list, got " + describe(node));
    }

    /** A single text or a list of texts; lists of one are the common case. */
    List<String> texts(Node node, String key) throws TopicFileException {
        List<String> out = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                out.add(text(items.get(i), key + "[" + i + "]"));
            }
        } else {
            out.add(text(node, key));
        }
        return out;
    }

    /** For mappings whose keys are the user's (languages, group names, sources): every key present. */
    static Set<String> anyKey(Node node) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        if (node instanceof MappingNode m) {
            m.getValue().forEach(t -> {
                if (t.getKeyNode() instanceof ScalarNode s) {
                    keys.add(s.getValue());
                }
            });
        }
        return keys;
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    static String join(String key, String name) {
        return key.isEmpty() ? name : key + "." + name;
    }

    private static String describe(Node node) {
        if (node == null || isNull(node)) {
            return "nothing";
        }
        if (node instanceof ScalarNode s) {
            return "\"" + s.getValue() + "\"";
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }
}
