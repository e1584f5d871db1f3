package newsbot.core.parse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import newsbot.core.source.OutletBasis;

/**
 * What one article file says about itself, independent of where it is stored.
 *
 * @param format      which format recognised the file (e.g. "front-matter", "omnivore", "feedx", "markdown", "html", "text")
 * @param title       HTML entities decoded, never blank
 * @param url         canonical source URL, "" when the file names none
 * @param outlet      the publisher the file or its text names, e.g. "RFI", "国防部发布", "example.com"; "" when none
 * @param outletBasis where that name came from (the text's attribution, the file's fields, a citation, an image host)
 * @param author      "" when unknown
 * @param published   publication time with the offset the source implies; empty when the file holds no date
 * @param dateSource  where the date came from ("front-matter", "epoch-comment", "rfi-dateline", "path", "image-url"), "" when none
 * @param description a lead or summary the outlet wrote (front-matter description, RFI bold lead, WSJ subtitle), "" when none
 * @param sections    one per language, at least one
 */
public record ParsedArticle(
        String format,
        String title,
        String url,
        String outlet,
        OutletBasis outletBasis,
        String author,
        Optional<OffsetDateTime> published,
        String dateSource,
        String description,
        List<Section> sections) {

    public ParsedArticle {
        sections = List.copyOf(sections);
        if (outlet.isBlank() != (outletBasis == OutletBasis.NONE)) {
            throw new IllegalArgumentException("an outlet comes with its basis: \"" + outlet + "\" / " + outletBasis);
        }
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("an article has at least one section");
        }
    }

    /** Languages of the sections, in order, e.g. "zh" or "zh,en". */
    public String languages() {
        return String.join(",", sections.stream().map(Section::language).distinct().toList());
    }
}
