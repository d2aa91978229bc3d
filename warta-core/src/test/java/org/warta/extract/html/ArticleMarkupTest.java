package org.warta.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warta.extract.Extractor.Extraction;
import org.warta.model.Block;

/** Markup inside the article body that must not cost it words: class names on words, section h1s, linked headings. */
class ArticleMarkupTest {
    private static final String PARA = "The council met on Tuesday evening and agreed, after a long debate, to keep "
            + "the ferry running through the winter months, the chairwoman said afterwards. ";

    private static Extraction extract(String body) {
        return HtmlExtractorTest.extract("<!DOCTYPE html><html><head><title>Ferry keeps running</title></head><body>"
                + body + "</body></html>", "https://example.org/ferry");
    }

    private static String text(Extraction e) {
        return e.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    private static String paragraphs(int n) {
        return ("<p>" + PARA + "</p>").repeat(n);
    }

    @Test
    void keepsWordsOfASentenceWhateverTheirClassSays() {
        String text = text(extract("<article><h1>Ferry keeps running</h1>" + paragraphs(3)
                + "<p><span class=\"dateline\">HARBOURTON —</span> The plan for <a class=\"meta-loc\" href=\"/t/sudan\">South"
                + " Sudan</a> and the <a class=\"meta-org\" href=\"/t/un\">United Nations</a> was agreed on Monday, officials"
                + " said.</p>" + paragraphs(2) + "</article>"));
        assertTrue(text.contains("HARBOURTON — The plan for South Sudan and the United Nations was agreed"), text);
    }

    @Test
    void readsLaterH1sAsSectionHeadings() {
        Extraction e = extract("<article><h1>Ferry keeps running</h1>" + paragraphs(3)
                + "<h1>Why the winter matters</h1>" + paragraphs(3) + "</article>");
        List<String> headings = e.blocks().stream().filter(b -> b.kind() == Block.Kind.HEADING)
                .map(Block::text).collect(Collectors.toList());
        assertEquals(List.of("Why the winter matters"), headings);
    }

    @Test
    void keepsAHeadingThatIsOneLink() {
        Extraction e = extract("<article><h1>Ferry keeps running</h1>" + paragraphs(2)
                + "<h3><a href=\"https://shop.example/boat\">“Harbour Queen” ($30)</a></h3>" + paragraphs(2)
                + "<h3><a href=\"https://shop.example/tug\">“Little Tug” ($20)</a></h3>" + paragraphs(2)
                + "<ul><li><a href=\"/a\">Other story one</a></li><li><a href=\"/b\">Other story two</a></li></ul></article>");
        String text = text(e);
        assertTrue(text.contains("“Harbour Queen” ($30)") && text.contains("“Little Tug” ($20)"), text);
        assertFalse(text.contains("Other story one"), text);
    }
}
