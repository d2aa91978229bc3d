package org.warta.peers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.warta.extract.Extractor;
import org.warta.model.Block;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;

/**
 * Readability4J 1.0.8, a Kotlin port of Mozilla's Readability (the Firefox reader view), measured beside Warta's
 * extractor. The element it picks as the article is turned into one block per paragraph-like element; its title and
 * byline go into the metadata. It runs on the application's jsoup and Kotlin, never a copy of its own.
 */
public final class Readability4jPeer implements Extractor {
    /** Elements that start a new line when a browser renders them. */
    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
            "table", "tr", "td", "th", "figure", "figcaption", "br", "hr");

    @Override
    public Extraction extract(RawDocument raw) {
        List<String> warnings = new ArrayList<>();
        String url = raw.source() != null && raw.source().url() != null ? raw.source().url() : "http://localhost/";
        try {
            Article article = new Readability4J(url, raw.content()).parse();
            Element content = article.getArticleContent();
            List<Block> blocks = content == null ? List.of() : blocks(content);
            Metadata metadata = new Metadata(article.getTitle(), false, null, article.getByline(), null, null, null);
            return new Extraction(blocks, List.of(), metadata, warnings);
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            warnings.add("readability4j failed: " + e);
            return new Extraction(List.of(), List.of(), Metadata.EMPTY, warnings);
        }
    }

    static List<Block> blocks(Element root) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.getWholeText());
                } else if (node instanceof Element e && BREAKS.contains(e.normalName())) {
                    flush(line, blocks);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BREAKS.contains(e.normalName())) {
                    flush(line, blocks);
                }
            }
        }, root);
        flush(line, blocks);
        return blocks;
    }

    private static void flush(StringBuilder line, List<Block> blocks) {
        String text = line.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            blocks.add(Block.paragraph(text));
        }
        line.setLength(0);
    }

    @Override
    public String toString() {
        return "Readability4J 1.0.8";
    }
}
