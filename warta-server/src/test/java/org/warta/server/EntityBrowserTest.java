package org.warta.server;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity suggestions and an entity's page in a real browser (as {@link BrowserTest}), on an index of every bundled
 * example: entity-test.cjs types "Lav", picks Sergei Lavrov with the keyboard and checks his page's graph, events,
 * roles and languages.
 */
class EntityBrowserTest {
    @Test
    void typingANameOpensTheEntityPageWithItsGraphEventsRolesAndLanguages(@TempDir Path data) throws Exception {
        BrowserTest.runOnPosted(data, BundledExamples.texts(), "entity", List.of("suggest.png", "entity.png"));
    }
}
