package newsbot.core.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A leading "---" YAML block and the body after it. Broken blocks lose nothing: invalid YAML is read
 * line by line as "key: value", and an unterminated block ends at the first line that is not a field.
 *
 * @param fields scalar fields as trimmed strings (lists joined with ", "); nested maps are skipped
 * @param body   the text after the block
 * @param strict whether the block was terminated and valid YAML
 */
record FrontMatter(Map<String, String> fields, String body, boolean strict) {

    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][\\w-]{0,40})\\s*:(?:\\s+(.*))?$");
    /** Fields are rarely more than this many lines; a closing fence further down is not ours. */
    private static final int MAX_LINES = 200;

    String get(String key) {
        return fields.getOrDefault(key, "");
    }

    static boolean startsWithFence(String text) {
        return text.startsWith("---\n") || text.startsWith("--- \n");
    }

    static FrontMatter split(String text) {
        int start = text.indexOf('\n') + 1;
        int close = closingFence(text, start);
        if (close < 0) {
            return lenient(text.substring(start));
        }
        String yaml = text.substring(start, close);
        int bodyStart = text.indexOf('\n', close);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        Map<String, String> strict = strictFields(yaml);
        if (strict != null) {
            return new FrontMatter(strict, body, true);
        }
        // Invalid YAML. If the lines stop looking like fields before the fence, the block was never
        // closed and the "---" we found is the body's own rule: read everything after the fields as body.
        return lenient(text.substring(start));
    }

    /** Offset of the line closing the block ("---" or "..."), or -1. */
    private static int closingFence(String text, int from) {
        int lineStart = from;
        for (int n = 0; n < MAX_LINES && lineStart < text.length(); n++) {
            int end = text.indexOf('\n', lineStart);
            String line = end < 0 ? text.substring(lineStart) : text.substring(lineStart, end);
            if (isFence(line)) {
                return lineStart;
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
        }
        return -1;
    }

    private static Map<String, String> strictFields(String yaml) {
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build()).loadFromString(yaml);
        } catch (YamlEngineException | ClassCastException e) {
            return null;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String value = scalar(e.getValue());
            if (e.getKey() != null && !value.isEmpty()) {
                out.put(e.getKey().toString().strip(), value);
            }
        }
        return out;
    }

    private static String scalar(Object value) {
        if (value == null || value instanceof Map<?, ?>) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(FrontMatter::scalar).filter(s -> !s.isEmpty()).toList());
        }
        return value.toString().strip();
    }

    /** Unterminated block: fields run until the first line that is neither a field nor its continuation. */
    private static FrontMatter lenient(String afterOpeningFence) {
        String[] lines = afterOpeningFence.split("\n", -1);
        Lenient read = lenientFields(lines);
        int bodyFrom = read.consumed();
        if (bodyFrom < lines.length && isFence(lines[bodyFrom])) {
            bodyFrom++; // the fields did reach the fence: the block was closed, only its YAML was bad
        }
        StringBuilder body = new StringBuilder();
        for (int i = bodyFrom; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        return new FrontMatter(read.fields(), body.toString(), false);
    }

    private static boolean isFence(String line) {
        String l = line.strip();
        return l.equals("---") || l.equals("...");
    }

    private record Lenient(Map<String, String> fields, int consumed) {
    }

    /** "key: value" lines, "key: |" block scalars and "- item" lists, read without a YAML parser. */
    private static Lenient lenientFields(String[] lines) {
        Map<String, String> fields = new LinkedHashMap<>();
        String key = "";
        StringBuilder value = new StringBuilder();
        int i = 0;
        for (; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                put(fields, key, value);
                key = m.group(1);
                String v = m.group(2) == null ? "" : m.group(2).strip();
                value.setLength(0);
                if (!v.equals("|") && !v.equals(">") && !v.equals("|-") && !v.equals(">-")) {
                    value.append(unquote(v));
                }
            } else if (!key.isEmpty() && (line.isBlank() || line.startsWith(" ") || line.startsWith("\t")
                    || line.startsWith("- "))) {
                String v = line.strip();
                if (v.startsWith("- ")) {
                    v = v.substring(2).strip();
                }
                if (!v.isEmpty()) {
                    value.append(value.length() > 0 ? " " : "").append(unquote(v));
                }
            } else {
                break;
            }
        }
        put(fields, key, value);
        // trailing blank lines belong to the body, not the last field
        return new Lenient(fields, i);
    }

    private static void put(Map<String, String> fields, String key, StringBuilder value) {
        if (!key.isEmpty() && value.length() > 0) {
            fields.put(key, value.toString().strip());
        }
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
