package org.warta.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The lines a browser shows for an element, every text node included: one line per block element, runs of spaces
 * folded, blank lines left out. Used to compare extractors' HTML results with expected HTML on the same terms.
 */
public final class BrowserLines {
    /** Elements after which a browser starts a new line. */
    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "table", "tr", "td", "th", "figure", "figcaption", "br", "hr");

    private BrowserLines() {
    }

    public static List<String> of(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.getWholeText());
                } else if (node instanceof Element e && BREAKS.contains(e.normalName())) {
                    flush(line, lines);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BREAKS.contains(e.normalName())) {
                    flush(line, lines);
                }
            }
        }, root);
        flush(line, lines);
        return lines;
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = line.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
