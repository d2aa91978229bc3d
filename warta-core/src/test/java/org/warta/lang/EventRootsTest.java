package org.warta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How many CAMEO root categories each language's event patterns cover, as {@code warta languages} shows it. */
class EventRootsTest {
    @Test
    void aLanguageWithPatternsCountsItsOwnRoots() {
        LanguageCoverage.EventRoots en = LanguageCoverage.of("en").eventRoots();
        assertEquals(20, en.count());
        assertFalse(en.fallback());
        LanguageCoverage.EventRoots sw = LanguageCoverage.of("sw").eventRoots();
        assertFalse(sw.fallback());
        assertTrue(sw.count() >= 15 && sw.count() < 20, "Swahili has no pattern for force posture: " + sw.count());
    }

    @Test
    void aLanguageWithoutPatternsCountsTheFallbacks() {
        LanguageCoverage.EventRoots ro = LanguageCoverage.of("ro").eventRoots();
        assertTrue(ro.fallback());
        assertTrue(ro.count() > 3 && ro.count() < 20, "the clearest acts only: " + ro.count());
    }
}
