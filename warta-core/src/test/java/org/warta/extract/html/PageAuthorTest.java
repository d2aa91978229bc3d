package org.warta.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The author where a page names it in its markup only: microdata with several names, or a class that says so. */
class PageAuthorTest {
    private static final String STORY = "<p>The council met on Tuesday evening and agreed, after a long debate, to keep"
            + " the ferry running through the winter months, the chairwoman said afterwards.</p>";

    private static String author(String byline) {
        String html = "<!DOCTYPE html><html><head><title>Ferry keeps running</title></head><body><article>"
                + "<h1>Ferry keeps running</h1>" + byline + STORY.repeat(4) + "</article></body></html>";
        return HtmlExtractorTest.extract(html, "https://example.org/ferry").metadata().author();
    }

    @Test
    void readsThePersonsNameFromMicrodataWithSeveralItemprops() {
        assertEquals("Dan Goodin", author("<p class=\"byline\" itemprop=\"author creator\" itemscope "
                + "itemtype=\"http://schema.org/Person\">by <a href=\"/author/dan\" class=\"author-url\"><span itemprop=\"name\">"
                + "Dan Goodin</span></a> - Feb 24, 2015 7:00 am UTC</p>"));
    }

    @Test
    void readsTheNameFromAnElementClassedAsTheAuthorsName() {
        assertEquals("Aleš Vávra", author("<div class=\"author author--article\"><a href=\"/autori/ales-vavra\" "
                + "class=\"author__photo\"><img src=\"a.jpg\"></a><a href=\"/autori/ales-vavra\" class=\"author__name\">"
                + "Aleš Vávra</a></div>"));
    }
}
