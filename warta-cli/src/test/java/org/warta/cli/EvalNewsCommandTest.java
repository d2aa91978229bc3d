package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalNewsCommandTest {
    @Test
    void scoresAFixtureSetPerLanguage() throws Exception {
        Path dir = Path.of(EvalNewsCommandTest.class.getResource("news-eval").toURI());
        CliRun run = CliRun.of("eval", "news", "--dataset", dir.toString(), "--misses");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().matches("(?s).*\\nall +2 +1\\.00 .*"), run.out());
        assertTrue(run.out().matches("(?s).*\\nen +1 .*\\nid +1 .*"), run.out());
        assertTrue(run.out().contains("article lines wrongly taken out: 0 of 5;"), run.out());
        assertTrue(run.out().contains("— t-1 [en] https://news.example.org/2025/03/12/ministers-meet"), run.out());
        assertTrue(run.out().contains("stories: pairwise precision - , recall -".replace(" ,", ",")), run.out());
    }

    @Test
    void aMissingDataSetIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("eval", "news", "--dataset", dir.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("no gold.jsonl"), run.err());
    }
}
