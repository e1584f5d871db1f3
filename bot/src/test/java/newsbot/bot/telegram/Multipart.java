package newsbot.bot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a multipart/form-data body as the fake Bot API needs it: text fields, and files by field name. */
final class Multipart {
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Multipart() {
    }

    static ObjectNode fields(byte[] body, String contentType, Map<String, byte[]> files) {
        String boundary = "--" + contentType.replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
        String raw = new String(body, StandardCharsets.ISO_8859_1); // one char per byte: offsets are byte offsets
        ObjectNode fields = JSON.createObjectNode();
        int at = raw.indexOf(boundary);
        while (at >= 0) {
            int start = at + boundary.length();
            if (raw.startsWith("--", start)) {
                break;
            }
            int next = raw.indexOf("\r\n" + boundary, start);
            if (next < 0) {
                break;
            }
            String part = raw.substring(start + 2, next);
            int split = part.indexOf("\r\n\r\n");
            String headers = part.substring(0, split);
            String content = part.substring(split + 4);
            Matcher name = NAME.matcher(headers);
            if (name.find()) {
                byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
                if (headers.contains("filename=")) {
                    files.put(name.group(1), bytes);
                } else {
                    fields.put(name.group(1), new String(bytes, StandardCharsets.UTF_8));
                }
            }
            at = next + 2;
        }
        return fields;
    }
}
