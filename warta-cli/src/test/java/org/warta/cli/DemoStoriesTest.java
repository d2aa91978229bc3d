package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.testing.Fixtures;

/** {@code warta demo} over the bundled examples: their story told in three languages is stored as one story. */
class DemoStoriesTest {
    @Test
    void theBundledStoryIsOneStoryWithItsTranslationChain(@TempDir Path dir) {
        CliRun demo = CliRun.of("demo", Fixtures.examples().toString(), "--data", dir.resolve("demo").toString(),
                "--no-serve");
        assertEquals(0, demo.status(), demo.err());
        String republication = summaryOf(demo.out(), "stories.jsonl line 4");
        assertTrue(republication.contains("related    republished_from story-id-xi-jinping-hanoi "), republication);
        String english = summaryOf(demo.out(), "stories.jsonl line 3");
        assertTrue(english.contains("related    translated_from story-vi-tap-can-binh-ha-noi "), english);
        String story = english.lines().filter(l -> l.startsWith("  story ")).findFirst().orElse("");
        for (String language : List.of("vi", "id", "en")) {
            assertTrue(story.matches(".*\\bin [a-z, ]*\\b" + language + "\\b.*"), story);
        }
        assertTrue(Integer.parseInt(story.replaceAll("^\\s*story\\s+(\\d+) articles.*$", "$1")) >= 3, story);
    }

    /** The summary the demo prints for one record: from its header line to the blank line after it. */
    private static String summaryOf(String out, String record) {
        int start = out.indexOf("━━ ");
        while (start >= 0) {
            int end = out.indexOf("\n\n", start);
            String block = out.substring(start, end < 0 ? out.length() : end);
            if (block.lines().findFirst().orElse("").endsWith(record)) {
                return block;
            }
            start = out.indexOf("━━ ", start + 3);
        }
        return "(no summary for " + record + " in)\n" + out;
    }
}
