package org.warta.server;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names instead of codes on the web page, and facets past their first ten values, in a real browser (as
 * {@link BrowserTest}): every bundled example, in twelve languages, is posted to the server, and names-test.cjs checks
 * that the language facet names them, that "more" lists all twelve and that its filter box finds one.
 */
class NamesBrowserTest {
    @Test
    void languageFacetNamesEveryLanguageAndListsMoreThanTen(@TempDir Path data) throws Exception {
        BrowserTest.runOnPosted(data, BundledExamples.texts(), "names", List.of("facet-more.png"));
    }
}
