package newsbot.core.parse;

import java.util.Locale;

/** Recognises a file's format from its content; the extension is not trusted. */
final class FormatDetector {

    enum Format { FEEDX, OMNIVORE, FRONT_MATTER, HTML, MARKDOWN, TEXT }

    /** How far into the file the HTML sniffing looks. */
    private static final int SNIFF = 1024;

    Format detect(String text) {
        if (FeedxFormat.EPOCH_COMMENT.matcher(text).lookingAt() || FeedxFormat.LINK_HEADER.matcher(text).lookingAt()) {
            return Format.FEEDX;
        }
        if (FrontMatter.startsWithFence(text)) {
            return OmnivoreFormat.recognises(FrontMatter.split(text)) ? Format.OMNIVORE : Format.FRONT_MATTER;
        }
        String start = firstNonBlank(text);
        if (looksLikeHtml(start)) {
            return Format.HTML;
        }
        if (MarkdownText.isHeading(start)) {
            return Format.MARKDOWN;
        }
        return Format.TEXT;
    }

    private static boolean looksLikeHtml(String start) {
        if (!start.startsWith("<")) {
            return false;
        }
        String head = start.substring(0, Math.min(start.length(), SNIFF)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body") || head.startsWith("<meta") || head.startsWith("<title")
                || head.startsWith("<article") || head.startsWith("<div") || head.startsWith("<p>")
                || (head.startsWith("<?xml") && head.contains("<html"))
                || (head.startsWith("<!--") && head.contains("<html"));
    }

    private static String firstNonBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.substring(i, Math.min(text.length(), i + SNIFF));
    }
}
