package newsbot.core.source;

import java.net.IDN;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One entry of the configuration's {@code sources:} list: what it matches (a folder, a path
 * pattern, a URL host, outlet names, a title pattern; all that are given must match) and what
 * it says (an outlet name, a kind, or both). Immutable; build with {@link #builder()}.
 */
public final class SourceRule {
    private final Glob folder;
    private final Glob path;
    private final String host;
    private final Set<String> names;
    private final Pattern title;
    private final String outlet;
    private final Optional<SourceKind> kind;

    private SourceRule(Builder b, Glob folder, Glob path, String host, Set<String> names, Pattern title,
                       Optional<SourceKind> kind) {
        this.folder = folder;
        this.path = path;
        this.host = host;
        this.names = names;
        this.title = title;
        this.outlet = b.outlet.strip();
        this.kind = kind;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The outlet this rule names, "" when it only gives a kind. */
    public String outlet() {
        return outlet;
    }

    public Optional<SourceKind> kind() {
        return kind;
    }

    boolean hasHost() {
        return host != null;
    }

    boolean hasNames() {
        return !names.isEmpty();
    }

    /** Whether every matcher the rule has accepts the article; {@code name} is the outlet it is known by so far. */
    boolean matches(SourceFacts facts, String name) {
        return (folder == null || inFolder(facts.path()))
                && (path == null || path.matches(facts.path()))
                && (host == null || hostMatches(facts.url()))
                && (names.isEmpty() || names.contains(normalName(name)) || names.contains(normalName(facts.named().name())))
                && (title == null || title.matcher(facts.title()).find());
    }

    /** A folder pattern matches the file's folder or any folder above it: "D-qq*" holds "D-qqnews/2024/04/17/x.md". */
    private boolean inFolder(String relativePath) {
        int slash = relativePath.indexOf('/');
        while (slash > 0) {
            if (folder.matches(relativePath.substring(0, slash))) {
                return true;
            }
            slash = relativePath.indexOf('/', slash + 1);
        }
        return false;
    }

    private boolean hostMatches(String url) {
        String h = Hosts.of(url);
        return !h.isEmpty() && (h.equals(host) || h.endsWith("." + host));
    }

    /** Names compare without case, spaces or the quotes and brackets around them. */
    static String normalName(String name) {
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().filter(c -> !Character.isWhitespace(c) && "《》“”\"「」'".indexOf(c) < 0)
                .forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (folder != null) {
            parts.add("folder " + folder);
        }
        if (path != null) {
            parts.add("path " + path);
        }
        if (host != null) {
            parts.add("host " + host);
        }
        if (!names.isEmpty()) {
            parts.add("names " + names);
        }
        if (title != null) {
            parts.add("title /" + title.pattern() + "/");
        }
        return String.join(", ", parts) + " -> " + (outlet.isEmpty() ? "" : outlet + " ")
                + kind.map(SourceKind::code).orElse("");
    }

    /** Collects a rule's fields; {@link #build()} checks them. */
    public static final class Builder {
        private String folder = "";
        private String path = "";
        private String host = "";
        private final List<String> names = new ArrayList<>();
        private String title = "";
        private String outlet = "";
        private String kind = "";

        private Builder() {
        }

        public Builder folder(String value) {
            folder = value;
            return this;
        }

        public Builder path(String value) {
            path = value;
            return this;
        }

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder names(List<String> value) {
            names.addAll(value);
            return this;
        }

        public Builder title(String regex) {
            title = regex;
            return this;
        }

        public Builder outlet(String value) {
            outlet = value;
            return this;
        }

        public Builder kind(String code) {
            kind = code;
            return this;
        }

        /** @throws InvalidSourceRuleException naming the field at fault and why */
        public SourceRule build() throws InvalidSourceRuleException {
            if (folder.isBlank() && path.isBlank() && host.isBlank() && names.isEmpty() && title.isBlank()) {
                throw new InvalidSourceRuleException("", "a rule needs something to match: folder, path, host, names or title");
            }
            if (outlet.isBlank() && kind.isBlank()) {
                throw new InvalidSourceRuleException("", "a rule needs an outlet, a kind or both");
            }
            Optional<SourceKind> k = Optional.empty();
            if (!kind.isBlank()) {
                k = SourceKind.ofCode(kind.strip());
                if (k.isEmpty()) {
                    throw new InvalidSourceRuleException("kind", "expected one of official, news, commentary, got \"" + kind + "\"");
                }
            }
            Set<String> normalNames = new LinkedHashSet<>();
            for (String n : names) {
                String normal = normalName(n);
                if (normal.isEmpty()) {
                    throw new InvalidSourceRuleException("names", "an empty name");
                }
                normalNames.add(normal);
            }
            if (!normalNames.isEmpty() && !outlet.isBlank()) {
                normalNames.add(normalName(outlet)); // the outlet a rule renames to is one of its own names
            }
            return new SourceRule(this, glob("folder", folder), glob("path", path), checkedHost(host), Set.copyOf(normalNames),
                    regex(title), k);
        }

        private static Glob glob(String key, String pattern) throws InvalidSourceRuleException {
            if (pattern.isBlank()) {
                return null;
            }
            String p = key.equals("folder") && pattern.strip().endsWith("/")
                    ? pattern.strip().substring(0, pattern.strip().length() - 1) : pattern.strip();
            try {
                return Glob.of(p);
            } catch (IllegalArgumentException e) {
                throw new InvalidSourceRuleException(key, "not a usable pattern (" + e.getMessage() + "): \"" + pattern + "\"");
            }
        }

        private static String checkedHost(String value) throws InvalidSourceRuleException {
            if (value.isBlank()) {
                return null;
            }
            String h = value.strip().toLowerCase(Locale.ROOT);
            if (h.startsWith("www.")) {
                h = h.substring(4);
            }
            if (!h.matches("[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+")) {
                throw new InvalidSourceRuleException("host",
                        "expected a host name like news.qq.com (no scheme, no path), got \"" + value + "\"");
            }
            try {
                return IDN.toUnicode(h);
            } catch (IllegalArgumentException e) {
                throw new InvalidSourceRuleException("host", "not a host name: \"" + value + "\"");
            }
        }

        private static Pattern regex(String value) throws InvalidSourceRuleException {
            if (value.isBlank()) {
                return null;
            }
            try {
                return Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw new InvalidSourceRuleException("title", "not a valid regular expression ("
                        + e.getDescription() + " near position " + e.getIndex() + "): \"" + value + "\"");
            }
        }
    }
}
