package newsbot.core.parse;

/**
 * One language section of an article: a bilingual file yields one per language.
 *
 * @param language ISO 639-1 code ("zh", "en"), or "und" when the text has neither script
 * @param title    the section's own title, or the article title when the section has none
 * @param text     clean body text: paragraphs separated by a blank line, no markup
 */
public record Section(String language, String title, String text) {
}
