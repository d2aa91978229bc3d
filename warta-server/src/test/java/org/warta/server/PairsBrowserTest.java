package org.warta.server;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The country-pair view in a real browser (as {@link BrowserTest}) on the bundled examples: pairs-test.cjs picks
 * countries by name and an event type by its name, sees a filled chart with the Goldstein average and the undated
 * count beside it, and pages the event table.
 */
class PairsBrowserTest {
    @Test
    void countryPairViewFillsItsChartsAndPagesItsTable(@TempDir Path data) throws Exception {
        BrowserTest.runOnPosted(data, BundledExamples.textsAndStory(), "pairs",
                List.of("pairs.png", "pairs-undated.png"));
    }
}
