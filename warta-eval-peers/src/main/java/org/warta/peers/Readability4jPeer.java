package org.warta.peers;

import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Element;
import org.warta.extract.Extractor;
import org.warta.extract.html.BrowserLines;
import org.warta.model.Block;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;

/**
 * Readability4J 1.0.8, a Kotlin port of Mozilla's Readability (the Firefox reader view), measured beside Warta's
 * extractor. The element it picks as the article is turned into one block per paragraph-like element; its title and
 * byline go into the metadata. It runs on the application's jsoup and Kotlin, never a copy of its own.
 */
public final class Readability4jPeer implements Extractor {
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
        return BrowserLines.of(root).stream().map(Block::paragraph).toList();
    }

    @Override
    public String toString() {
        return "Readability4J 1.0.8";
    }
}
