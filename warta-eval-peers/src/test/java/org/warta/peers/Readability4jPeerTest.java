package org.warta.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warta.extract.Extractor;
import org.warta.model.Block;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;

/** Readability4J runs on the application's jsoup (not the one it was built with) and is found as a service. */
class Readability4jPeerTest {
    private static final String PARAGRAPH = "The harbour ferry returned to service on Monday after a month of repairs "
            + "to the northern pier, the council said, and the first crossing left on time, with forty passengers. ";

    @Test
    void extractsTheArticleAsParagraphsWithItsTitle() {
        StringBuilder html = new StringBuilder("<html><head><title>Harbour ferry returns</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav><article>"
                + "<h1>Harbour ferry returns</h1>");
        for (int i = 0; i < 5; i++) {
            html.append("<p>").append(i).append(". ").append(PARAGRAPH).append("</p>");
        }
        html.append("</article><footer>Contact the newsroom</footer></body></html>");
        Extractor.Extraction e = new Readability4jPeer().extract(new RawDocument(html.toString(), RawDocument.HTML,
                new Source("page.html", "https://harbour.example/ferry", "html", null), Hints.NONE));
        List<String> texts = e.blocks().stream().map(Block::text).collect(Collectors.toList());
        assertEquals(5, texts.stream().filter(t -> t.contains("harbour ferry returned")).count(), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.contains("Contact the newsroom")), texts.toString());
        assertTrue(e.warnings().isEmpty(), e.warnings().toString());
        assertEquals("Harbour ferry returns", e.metadata().title());
    }

    @Test
    void isAnExtractorServiceBesideBoilerpipe() {
        List<String> names = ServiceLoader.load(Extractor.class).stream()
                .map(p -> p.get().toString()).collect(Collectors.toList());
        assertTrue(names.contains("Readability4J 1.0.8"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("boilerpipe")), names.toString());
    }

    @Test
    void reportsAFailureAsAWarningWithNoText() {
        Extractor.Extraction e = new Readability4jPeer().extract(new RawDocument("", RawDocument.HTML,
                new Source("empty.html", null, "html", null), Hints.NONE));
        assertTrue(e.blocks().isEmpty());
    }
}
