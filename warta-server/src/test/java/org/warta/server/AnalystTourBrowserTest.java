package org.warta.server;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page as an analyst goes through it, in a real browser (as {@link BrowserTest}) on an index of every bundled
 * example: tour-test.cjs opens the overview, searches "Lavrov" and finds the Russian article, opens a story told in
 * three languages, Lavrov's entity page with its graph, the Russia–United States events with a filled chart, and a
 * watchlist's Atom feed; axe-core checks each view, and each is saved as a screenshot.
 */
class AnalystTourBrowserTest {
    @Test
    void overviewSearchStoryEntityPairAndFeed(@TempDir Path data) throws Exception {
        BrowserTest.runOnPosted(data, BundledExamples.all(), "tour", List.of("1-overview.png", "2-search.png", "3-story.png", "4-entity.png", "5-pairs.png",
                "6-watchlists.png"));
    }
}
