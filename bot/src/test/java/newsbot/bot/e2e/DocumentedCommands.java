package newsbot.bot.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The chat commands as the README's table documents them, and arguments a user would give each. */
final class DocumentedCommands {
    private static final Pattern ROW = Pattern.compile("(?m)^\\| (`/[^|]+)\\|");
    private static final Pattern NAME = Pattern.compile("`/([a-z_]+)");

    private DocumentedCommands() {
    }

    /** Every /command in the first column of the README's "Chat commands" table. */
    static Set<String> inReadme() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Chat commands");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Set<String> names = new TreeSet<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    /** Arguments that make a command do its job, e.g. a schedule for /subscribe. */
    static String exampleArgs(String command) {
        return switch (command) {
            case "latest" -> "3";
            case "search" -> "董军";
            case "timeline" -> "12";
            case "subscribe" -> "0 0 8 ? * MON Asia/Shanghai zh chart";
            default -> "";
        };
    }
}
