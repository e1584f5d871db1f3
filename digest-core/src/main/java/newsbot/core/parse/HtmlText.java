package newsbot.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML element to plain paragraphs: every block element and line break starts a new one, inline
 * markup (spans nested seven deep, links, emphasis) disappears, whitespace collapses.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "section", "article", "header", "footer", "aside", "main", "figure",
            "figcaption", "table", "tr", "td", "th", "form", "nav", "address", "details", "summary");
    /** Elements that never hold article text. */
    static final String NOT_TEXT = "script, style, noscript, template, svg, iframe, object, embed, canvas, "
            + "form, button, input, select, textarea, nav, footer, menu";

    private HtmlText() {
    }

    static List<String> paragraphs(Element root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.paragraphs;
    }

    /** The text of one element on one line. */
    static String line(Element element) {
        return String.join(" ", paragraphs(element));
    }

    private static final class Collector implements NodeVisitor {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean pendingSpace;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text.getWholeText());
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                flush();
            }
        }

        private void appendText(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
                    pendingSpace = current.length() > 0;
                } else {
                    if (pendingSpace && current.length() > 0) {
                        current.append(' ');
                    }
                    pendingSpace = false;
                    current.append(c);
                }
            }
        }

        void flush() {
            if (current.length() > 0) {
                paragraphs.add(current.toString());
                current.setLength(0);
            }
            pendingSpace = false;
        }
    }
}
