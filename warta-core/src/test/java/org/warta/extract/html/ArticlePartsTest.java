package org.warta.extract.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.warta.extract.Extractor.Extraction;
import org.warta.model.Block;

/** Articles whose markup says more than their text density: split bodies, microdata, pop-up layers, listings. */
class ArticlePartsTest {
    private static final String PARA = "The ferry service between the two harbours resumed on Monday, after the "
            + "repairs to the northern pier took longer than the council had planned, officials said. ";

    private static String text(String html) {
        Extraction e = HtmlExtractorTest.extract(html, "https://example.org/story");
        return e.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html><head><title>Ferry service resumes</title></head><body>" + body + "</body></html>";
    }

    private static String paragraphs(String word, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("<p>").append(word).append(' ').append(i).append(". ").append(PARA).append("</p>");
        }
        return b.toString();
    }

    @Test
    void joinsThePartsOfAnArticleSplitByAFullWidthFigure() {
        String part = "<section class=\"outer\"><div class=\"flex\"><div class=\"column\"><div class=\"post__section\">"
                + "<div class=\"post__content wysiwyg\">%s</div></div></div><aside class=\"sidebar\"><p>Newsletter</p></aside>"
                + "</div></section>";
        String html = page("<div class=\"page\"><div class=\"frame\"><h1>Ferry service resumes</h1>"
                + String.format(part, paragraphs("Opening", 8))
                + "<figure><img src=\"a.jpg\"><figcaption>The northern pier.</figcaption></figure>"
                + "<div class=\"acf-content\"><div class=\"acf\">" + String.format(part, paragraphs("Closing", 3))
                + "</div></div></div></div>"
                + "<footer><p>Contact us</p></footer>");
        String text = text(html);
        assertTrue(text.contains("Opening 0."), text);
        assertTrue(text.contains("Closing 2."), text);
        assertFalse(text.contains("Contact us"), text);
    }

    @Test
    void takesTheBodyMicrodataNamesOverALongerPhotoGallery() {
        StringBuilder gallery = new StringBuilder("<div class=\"gallery\"><ul class=\"legends\">");
        for (int i = 0; i < 30; i++) {
            gallery.append("<li><p>Caption ").append(i)
                    .append(", with a few words, commas, and more words, about a market, a city, a company.</p></li>");
        }
        gallery.append("</ul></div>");
        String html = page("<article><h1>Ferry service resumes</h1><div itemprop=\"articleBody\">"
                + paragraphs("Story", 4) + "</div></article>" + gallery);
        String text = text(html);
        assertTrue(text.contains("Story 0.") && text.contains("Story 3."), text);
        assertFalse(text.contains("Caption 1,"), text);
    }

    @Test
    void keepsSectionsWhoseIdIsTheirOwnHeading() {
        String html = page("<div class=\"content\"><h1>Ferry service resumes</h1>" + paragraphs("Intro", 2)
                + "<div class=\"section\" id=\"sharing-with-a-single-developer\"><h2>Sharing with a single developer</h2>"
                + paragraphs("Sharing", 3) + "</div>"
                + "<div class=\"section\" id=\"related-work\"><h2>Related work</h2>" + paragraphs("Related", 3)
                + "</div></div><div class=\"share-bar\"><p>Share this on every network you use, today and always, please</p></div>");
        String text = text(html);
        assertTrue(text.contains("Sharing 2."), text);
        assertTrue(text.contains("Related 2."), text);
        assertFalse(text.contains("every network"), text);
    }

    @Test
    void keepsTheTextOfMathematics() {
        String html = page("<article><h1>Ferry service resumes</h1>" + paragraphs("Before", 3)
                + "<p>The fare grows as <math><mi>fare</mi><mo>=</mo><mi>base</mi><mo>+</mo><mi>distance</mi></math> "
                + "for every passenger on the route, the operator said in a statement on Monday.</p>"
                + paragraphs("After", 2) + "</article>");
        String text = text(html);
        assertTrue(text.contains("fare=base+distance"), text);
    }

    @Test
    void keepsAStoryShownInAPopUpLayerWithTheHeadline() {
        StringBuilder stream = new StringBuilder("<div class=\"stream\">");
        for (int i = 0; i < 3; i++) {
            stream.append("<div class=\"teaser\">").append(paragraphs("Teaser " + i, 4)).append("</div>");
        }
        stream.append("</div>");
        String html = page("<div class=\"modal-layer\"><article><h1>Ferry service resumes at last</h1>"
                + "<div class=\"canvas-body\">" + paragraphs("Story", 5) + "</div></article></div>" + stream);
        String text = text(html);
        assertTrue(text.contains("Story 0.") && text.contains("Story 4."), text);
    }

    @Test
    void leavesOutAListWhoseEveryItemHasItsOwnHeadingAndVideoPlayerControls() {
        StringBuilder listing = new StringBuilder("<ul class=\"legends\">");
        for (int i = 0; i < 4; i++) {
            listing.append("<li><h2>").append(i + 1).append("/4 Other story</h2><p>Gallery text number ").append(i)
                    .append(" tells of another matter.</p></li>");
        }
        listing.append("</ul>");
        String html = page("<article><h1>Ferry service resumes</h1><div class=\"text-wrapper\">" + paragraphs("Story", 3)
                + "<div class=\"video-js vjs-paused\"><div class=\"vjs-control-bar\"><div class=\"vjs-time\">Current Time 0:00"
                + "</div><div class=\"vjs-time\">Duration Time 0:00</div></div></div>"
                + listing + paragraphs("More", 2) + "</div></article>");
        String text = text(html);
        assertTrue(text.contains("Story 2.") && text.contains("More 1."), text);
        assertFalse(text.contains("Gallery text"), text);
        assertFalse(text.contains("Current Time"), text);
    }
}
