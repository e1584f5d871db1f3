package newsbot.core.summary;

import java.util.List;
import java.util.stream.Collectors;
import newsbot.core.text.Language;

/**
 * An extractive summary.
 *
 * @param excerpts  in order of appearance (article, then position); empty when nothing is new
 * @param language  "zh" or "en"
 * @param truncated true when no whole sentence fitted the budget and one was cut (ends with "…")
 */
public record Summary(List<Excerpt> excerpts, String language, boolean truncated) {

    public Summary {
        excerpts = List.copyOf(excerpts);
    }

    static Summary empty(Language language) {
        return new Summary(List.of(), language.code(), false);
    }

    public boolean isEmpty() {
        return excerpts.isEmpty();
    }

    public List<Sentence> sentences() {
        return excerpts.stream().map(Excerpt::sentence).toList();
    }

    /** The sentences joined: without spaces for Chinese, with one space for English. */
    public String text() {
        String separator = "en".equals(language) ? " " : "";
        return excerpts.stream().map(e -> e.sentence().text()).collect(Collectors.joining(separator));
    }
}
