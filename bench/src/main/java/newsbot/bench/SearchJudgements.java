package newsbot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graded search judgements: query TAB path TAB grade per line (grade 2 = about the query's subject, 1 = mentions it
 * meaningfully, unlisted = not relevant; path {@code NONE} with grade 0 = the query must find nothing). A header line
 * {@code query path grade} and lines starting with # are skipped. Copies of one article share a file name and count
 * once, as in {@code ../shared/eval-dev/score.py}.
 *
 * @param name    the set's name, for reports
 * @param queries query → file name → best grade, in file order; an empty map is a query that must find nothing
 */
record SearchJudgements(String name, Map<String, Map<String, Integer>> queries) {

    /** The sets in the bench's resources, listed in {@code search/sets.txt}. */
    static List<SearchJudgements> bundled() throws IOException {
        List<SearchJudgements> sets = new ArrayList<>();
        for (String line : resource("/search/sets.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                sets.add(parse(name, resource("/search/" + name)));
            }
        }
        return sets;
    }

    static SearchJudgements read(Path file) throws IOException {
        return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    static SearchJudgements parse(String name, String text) {
        Map<String, Map<String, Integer>> queries = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#") || line.equals("query\tpath\tgrade")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3 || !cols[2].strip().matches("[012]")) {
                throw new IllegalArgumentException(name + " line " + (i + 1)
                        + ": want query, a tab, a path (or NONE), a tab, then a grade 0, 1 or 2: " + line);
            }
            Map<String, Integer> grades = queries.computeIfAbsent(cols[0].strip(), k -> new LinkedHashMap<>());
            String path = cols[1].strip();
            if (!path.equals("NONE")) {
                grades.merge(fileName(path), Integer.parseInt(cols[2].strip()), Math::max);
            }
        }
        return new SearchJudgements(name, queries);
    }

    static String fileName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** As score.py counts an English query: no character from CJK radicals up. */
    static boolean isEnglish(String query) {
        return query.chars().allMatch(c -> c < 0x2E80);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SearchJudgements.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
