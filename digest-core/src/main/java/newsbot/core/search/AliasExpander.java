package newsbot.core.search;

import java.util.List;

/**
 * Names every way the entity a query term names is written, in every language, so that
 * "Austin" also finds 奥斯汀 and 香会 also finds "Shangri-La Dialogue". The topic gazetteer
 * implements this; search only asks.
 */
@FunctionalInterface
public interface AliasExpander {

    /** Expands nothing. */
    AliasExpander NONE = term -> List.of();

    /**
     * @param queryTerm a word, a quoted phrase or a run of words as the user typed it
     * @return all names of the entity {@code queryTerm} names (it may include {@code queryTerm}
     *         itself), or an empty list when it names no known entity; never null
     */
    List<String> aliases(String queryTerm);
}
