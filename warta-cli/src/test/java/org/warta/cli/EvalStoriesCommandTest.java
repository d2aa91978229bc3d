package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalStoriesCommandTest {
    private static Path fixture(String name) throws Exception {
        return Path.of(EvalStoriesCommandTest.class.getResource(name).toURI());
    }

    @Test
    void groupsOneStoryToldInThreeLanguagesAndLeavesTheDistractorAlone() throws Exception {
        CliRun run = CliRun.of("eval", "stories", "--dataset", fixture("story-eval").toString(), "--list");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("story: s-1[en]=mekong-2025-03 s-2[de]=mekong-2025-03 s-3[id]=mekong-2025-03"),
                run.out());
        assertTrue(run.out().contains("story: s-4[id]=-"), run.out());
        assertTrue(run.out().contains("F1 1.000 over 4 articles (1 stories, 1 distractors; 0.0 distractors joined"),
                run.out());
    }

    @Test
    void correlatesStorySimilarityWithHumanScores() throws Exception {
        CliRun run = CliRun.of("eval", "stories", "--dataset", fixture("story-pairs").toString());
        assertEquals(0, run.status(), run.err());
        Matcher m = Pattern.compile("\\nall +5 +([0-9.]+)").matcher(run.out());
        assertTrue(m.find(), run.out());
        assertTrue(Double.parseDouble(m.group(1)) > 0.8, run.out());
        assertTrue(run.out().contains("0.818"), "published figures beside ours: " + run.out());
    }

    @Test
    void aFolderWithNeitherSetIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("eval", "stories", "--dataset", dir.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("neither gold.jsonl nor pairs.jsonl"), run.err());
    }
}
