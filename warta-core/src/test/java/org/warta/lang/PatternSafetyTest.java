package org.warta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression the engine ships, from its code and its language data, finishes on inputs built to
 * make a backtracking matcher blow up: no pattern may turn a long run of letters, digits or separators into a hang.
 */
class PatternSafetyTest {
    /** Linear patterns finish these inputs in milliseconds; this is a hang guard, not a speed check. */
    private static final long LIMIT_MILLIS = 2_000;

    @Test
    void everyShippedPatternFinishesOnAdversarialInput() throws Exception {
        List<PatternCatalog.Entry> entries = PatternCatalog.shipped().entries();
        // the limit is per thread of processor time, so checking on every core changes no verdict
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<BacktrackingGuard.Finding>>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> check(entries, first, threads)));
            }
            List<String> findings = new ArrayList<>();
            for (Future<List<BacktrackingGuard.Finding>> part : parts) {
                part.get().forEach(f -> findings.add(f.toString()));
            }
            assertEquals(List.of(), findings,
                    "patterns that backtrack without end (rewrite them with possessive quantifiers or atomic groups)");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The findings for every {@code step}-th entry from {@code first}. */
    private static List<BacktrackingGuard.Finding> check(List<PatternCatalog.Entry> entries, int first, int step) {
        List<BacktrackingGuard.Finding> findings = new ArrayList<>();
        try (BacktrackingGuard guard = new BacktrackingGuard(LIMIT_MILLIS)) {
            for (int i = first; i < entries.size(); i += step) {
                guard.check(entries.get(i).origin(), entries.get(i).pattern()).ifPresent(findings::add);
            }
        }
        return findings;
    }

    @Test
    void theCatalogReachesEveryKindOfPattern() {
        List<String> origins = PatternCatalog.shipped().entries().stream().map(PatternCatalog.Entry::origin).toList();
        for (String source : List.of("/common/clean.tsv:", "/zh/clean.tsv:", "/de/html-cues.tsv:", "/en/time.tsv:",
                "/zh/time.tsv:", "/common/time.tsv:", ".future", ".join", "PageDates.STYLES", "HtmlExtractor.HIDDEN_STYLE",
                "TitleStage.TRAILING_ID")) {
            assertTrue(origins.stream().anyMatch(o -> o.contains(source)), "no pattern found from " + source);
        }
    }
}
