package org.warta.server;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview, the start page, in a real browser (as {@link BrowserTest}) on an index of every bundled example: the
 * text files and the JSON Lines feeds and stories. The text files carry no publication date: they count by the day their
 * text names (the Russian one about Lavrov and Rubio in Riyadh by 18 February 2025). overview-test.cjs checks the volume chart, the story lists, the top people and the world map.
 */
class OverviewBrowserTest {
    @Test
    void overviewShowsVolumeStoriesPeopleAndAWorldMapThatLeadsToSearch(@TempDir Path data) throws Exception {
        BrowserTest.runOnPosted(data, BundledExamples.all(), "overview", List.of("overview.png", "overview-map-events.png"));
    }
}
