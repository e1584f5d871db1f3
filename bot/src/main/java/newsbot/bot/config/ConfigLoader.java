package newsbot.bot.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads config/newsbot.yml. Relative paths are resolved against the working directory.
 * Every error names the file, the key and the line, so a user can fix it.
 */
public final class ConfigLoader {
    private static final Set<String> TOP_KEYS = Set.of("articles", "database", "ingest");
    private static final Set<String> INGEST_KEYS = Set.of("max-file-bytes", "threads");

    public BotConfig load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the configuration file: " + e.getMessage());
        }
        Node root = compose(file, text);
        BotConfig config = BotConfig.defaults();
        if (root == null) {
            return config;
        }
        MappingNode top = mapping(file, root, "(top level)");
        for (NodeTuple t : top.getValue()) {
            String key = keyOf(file, t);
            Node value = t.getValueNode();
            switch (key) {
                case "articles" -> config = config.withArticles(Path.of(scalar(file, value, key)));
                case "database" -> config = config.withDatabase(Path.of(scalar(file, value, key)));
                case "ingest" -> config = ingest(file, mapping(file, value, key), config);
                default -> throw unknown(file, t.getKeyNode(), key, TOP_KEYS);
            }
        }
        return config;
    }

    private static BotConfig ingest(Path file, MappingNode node, BotConfig config) throws ConfigException {
        long maxBytes = config.maxFileBytes();
        int threads = config.ingestThreads();
        for (NodeTuple t : node.getValue()) {
            String key = keyOf(file, t);
            String path = "ingest." + key;
            switch (key) {
                case "max-file-bytes" -> maxBytes = positiveLong(file, t.getValueNode(), path);
                case "threads" -> threads = (int) Math.min(64, positiveLong(file, t.getValueNode(), path));
                default -> throw unknown(file, t.getKeyNode(), path, INGEST_KEYS);
            }
        }
        return new BotConfig(config.articles(), config.database(), maxBytes, threads);
    }

    private static Node compose(Path file, String text) throws ConfigException {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
        try (Reader reader = new java.io.StringReader(text)) {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, reader)));
            Optional<Node> node = composer.getSingleNode();
            return node.orElse(null);
        } catch (YamlEngineException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getMessage().replace('\n', ' '));
        } catch (IOException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }

    static int line(Node n) {
        return n.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static MappingNode mapping(Path file, Node n, String key) throws ConfigException {
        if (n instanceof MappingNode m) {
            return m;
        }
        throw new ConfigException(file + " line " + line(n) + ": " + key + ": expected a mapping of keys");
    }

    private static String keyOf(Path file, NodeTuple t) throws ConfigException {
        return scalar(file, t.getKeyNode(), "key");
    }

    private static String scalar(Path file, Node n, String key) throws ConfigException {
        if (n instanceof ScalarNode s && !s.getValue().isBlank()) {
            return s.getValue().strip();
        }
        throw new ConfigException(file + " line " + line(n) + ": " + key + ": expected a value");
    }

    private static long positiveLong(Path file, Node n, String key) throws ConfigException {
        String v = scalar(file, n, key).replace("_", "");
        try {
            long l = Long.parseLong(v);
            if (l > 0) {
                return l;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(file + " line " + line(n) + ": " + key + ": expected a positive whole number, got \"" + v + "\"");
    }

    private static ConfigException unknown(Path file, Node keyNode, String key, Set<String> known) {
        return new ConfigException(file + " line " + line(keyNode) + ": unknown key \"" + key + "\" (known here: "
                + String.join(", ", new java.util.TreeSet<>(known)) + ")");
    }
}
