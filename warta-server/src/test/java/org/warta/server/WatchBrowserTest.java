package org.warta.server;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watchlists and exports in a real browser (as {@link BrowserTest}): on an index of the bundled examples, watch-test.cjs
 * watches a search from the page with the token, finds it under #/watchlists, follows its Atom feed to an article,
 * exports the search as CSV and deletes the watchlist.
 */
class WatchBrowserTest {
    @Test
    void watchFollowExportAndDelete(@TempDir Path data) throws Exception {
        BrowserTest.runOnPosted(data, BundledExamples.texts(), "watch", List.of("watchlists.png"));
    }
}
