package org.warta.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Every visible line of a web page, as a reader sees it: navigation, footers and related links included, one line
 * per block element. The boilerplate model learns from such lines what is not article text.
 */
public final class PageLines {
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "iframe", "object", "embed", "video", "audio", "select", "textarea", "button", "option", "head",
            "title", "meta", "link");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "nav", "aside", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr",
            "td", "th", "thead", "tbody", "blockquote", "figure", "figcaption", "pre", "form", "br", "hr", "address",
            "menu", "fieldset", "legend", "caption", "details", "summary", "body");
    private static final Pattern HIDDEN = Pattern.compile("(?i)(?:display\\s*+:\\s*+none|visibility\\s*+:\\s*+hidden)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PageLines() {
    }

    /** The page's title as its head gives it (og:title first), or null. */
    public static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        String t = doc.title();
        return t.isBlank() ? null : t.strip();
    }

    public static Document parse(String html) {
        return Jsoup.parse(html);
    }

    /** The visible lines of a page's body, in reading order, blank ones left out. */
    public static List<String> of(Document doc) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    current.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (INVISIBLE.contains(e.normalName()) || e.hasAttr("hidden")
                            || HIDDEN.matcher(e.attr("style")).find()) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        flush(current, lines);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, lines);
                }
                return FilterResult.CONTINUE;
            }
        }, doc.body() == null ? doc : doc.body());
        flush(current, lines);
        return lines;
    }

    private static void flush(StringBuilder current, List<String> lines) {
        String line = SPACES.matcher(current).replaceAll(" ").strip();
        current.setLength(0);
        if (!line.isEmpty()) {
            lines.add(line);
        }
    }
}
