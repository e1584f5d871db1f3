package newsbot.core.summary;

/**
 * One sentence of a text.
 *
 * @param text      the sentence, whitespace collapsed, closing quotes/brackets kept
 * @param paragraph 0-based index of its paragraph (paragraphs are separated by blank lines)
 * @param index     0-based position of the sentence in the whole text
 * @param start     offset of its first character in the text given to the splitter
 */
public record Sentence(String text, int paragraph, int index, int start) {
    public Sentence {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a sentence has text");
        }
    }
}
