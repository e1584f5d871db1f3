package newsbot.core.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits what a person typed into items: words separated by spaces, "quoted phrases"
 * (straight, curly or corner quotes; an unclosed quote runs to the end), a leading minus to
 * exclude, and the operators OR and NOT (upper case only, so the word "or" stays a word).
 */
final class QueryLexer {

    /** One word or quoted phrase as typed. */
    record Item(String text, boolean quoted, boolean excluded, boolean orBefore) {
    }

    private static final String QUOTES = "\"“”„‟「」『』＂";
    private static final String MINUS = "-－−";

    private QueryLexer() {
    }

    static List<Item> lex(String text) {
        List<Item> items = new ArrayList<>();
        boolean orPending = false;
        boolean notPending = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            boolean excluded = notPending;
            if (MINUS.indexOf(c) >= 0 && i + 1 < n && !isSpace(text.charAt(i + 1))) {
                excluded = true;
                c = text.charAt(++i);
            }
            String word;
            boolean quoted = QUOTES.indexOf(c) >= 0;
            if (quoted) {
                int end = i + 1;
                while (end < n && QUOTES.indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                word = text.substring(i + 1, end);
                i = Math.min(n, end + 1);
            } else {
                int end = i;
                while (end < n && !isSpace(text.charAt(end)) && QUOTES.indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                word = text.substring(i, end);
                i = end;
                if (!excluded && word.equals("OR")) {
                    orPending = !items.isEmpty();
                    continue;
                }
                if (!excluded && word.equals("NOT")) {
                    notPending = true;
                    continue;
                }
                if (!excluded && word.equals("AND")) {
                    continue;
                }
            }
            items.add(new Item(word, quoted, excluded, orPending && !excluded));
            orPending = false;
            notPending = false;
        }
        return items;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
