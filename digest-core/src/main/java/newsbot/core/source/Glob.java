package newsbot.core.source;

import java.util.regex.Pattern;

/**
 * A shell-style pattern over '/'-separated relative paths, the same on every platform:
 * {@code *} any run within one folder name, {@code **} any run across folders, {@code ?} one
 * character, {@code {a,b}} either, {@code [abc]} one of.
 */
final class Glob {
    private final String text;
    private final Pattern regex;

    private Glob(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    /** @throws IllegalArgumentException naming what is wrong with the pattern */
    static Glob of(String pattern) {
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("an empty pattern");
        }
        if (pattern.startsWith("/")) {
            throw new IllegalArgumentException("a pattern is relative to the articles folder; remove the leading /");
        }
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                        i++;
                        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '/') {
                            i++;
                            re.append("(?:.*/)?"); // "**/" also matches no folder at all
                        } else {
                            re.append(".*");
                        }
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) {
                        throw new IllegalArgumentException("a } without its {");
                    }
                    braces--;
                    re.append(')');
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '[' -> {
                    int end = pattern.indexOf(']', i + 1);
                    if (end < 0) {
                        throw new IllegalArgumentException("a [ without its ]");
                    }
                    String set = pattern.substring(i + 1, end);
                    re.append('[').append(set.startsWith("!") ? "^" + quoteSet(set.substring(1)) : quoteSet(set)).append(']');
                    i = end;
                }
                case '\\' -> {
                    if (i + 1 == pattern.length()) {
                        throw new IllegalArgumentException("a \\ at the end");
                    }
                    re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) {
            throw new IllegalArgumentException("a { without its }");
        }
        return new Glob(pattern, Pattern.compile(re.toString()));
    }

    private static String quoteSet(String set) {
        return set.replace("\\", "\\\\").replace("[", "\\[").replace("&&", "\\&\\&");
    }

    boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return text;
    }
}
