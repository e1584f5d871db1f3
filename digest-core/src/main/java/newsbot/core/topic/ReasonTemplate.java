package newsbot.core.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A reason text with {label} placeholders, parsed once at load. */
record ReasonTemplate(List<String> parts) {
    /** Even indexes are literal text, odd indexes are placeholder labels. */
    ReasonTemplate {
        parts = List.copyOf(parts);
    }

    /** @throws IllegalArgumentException on an unclosed brace */
    static ReasonTemplate parse(String text) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                parts.add(text.substring(i));
                return new ReasonTemplate(parts);
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '{' at column " + (open + 1));
            }
            parts.add(text.substring(i, open));
            parts.add(text.substring(open + 1, close).strip());
            i = close + 1;
        }
    }

    List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i < parts.size(); i += 2) {
            labels.add(parts.get(i));
        }
        return labels;
    }

    String render(Function<String, String> valueOf) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            sb.append(i % 2 == 0 ? parts.get(i) : valueOf.apply(parts.get(i)));
        }
        return sb.toString();
    }
}
