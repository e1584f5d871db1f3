package newsbot.core.topic;

import java.util.List;
import java.util.Map;

/** One word of a term group with its forms per language; {@code display} is used in reasons. */
record Term(String display, Map<String, List<String>> names) {
}
