package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.model.RawDocument;
import org.warta.story.Fingerprint;
import org.warta.story.Fingerprints;
import org.warta.story.StoryMemory;
import org.warta.testing.Fixtures;

/** `warta bench --stories` fills story memory with perturbed copies of real fingerprints and times assignments. */
class StoryBenchTest {
    private static final Pattern ASSIGNED = Pattern.compile("(?m)^assigned\\s+(\\d+) new articles \\((\\d+) joined");
    private static final Pattern MS = Pattern.compile("(?m)^ms per assignment\\s+p50 ([\\d.]+)\\s+p99 ([\\d.]+)\\s+"
            + "mean ([\\d.]+)");

    @Test
    void fillsMemoryAndReportsTheTimePerAssignment() {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CliRun.of("bench", "--stories",
                "--stories-size", "3000", "--stories-memory", "1000", "--stories-assign", "40",
                Fixtures.examples().toString()));
        assertEquals(0, run.status(), run.err() + run.out());
        assertTrue(run.out().contains("articles seen       3,000, of which story memory holds 1,000"), run.out());
        Matcher assigned = ASSIGNED.matcher(run.out());
        assertTrue(assigned.find(), run.out());
        assertEquals("40", assigned.group(1));
        assertTrue(Integer.parseInt(assigned.group(2)) > 30, "copies of articles in memory join their stories: "
                + run.out());
        Matcher ms = MS.matcher(run.out());
        assertTrue(ms.find(), run.out());
        assertTrue(Double.parseDouble(ms.group(1)) <= Double.parseDouble(ms.group(2)), run.out());
        assertTrue(run.out().contains("memory held"), run.out());
        assertTrue(run.out().contains("peak heap"), run.out());
    }

    @Test
    void aCopyKeepsMostOfItsFeaturesUnderANewIdAndDay() {
        Fingerprint real = Fingerprints.of(Pipelines.standard(WartaOptions.defaults())
                .process(RawDocument.ofText(Fixtures.text(Fixtures.ARTICLE_ID))));
        Fingerprint copy = StoryBench.copy(real, "c1", StoryBench.FIRST_DAY + 10, new Random(1));
        assertEquals("c1", copy.id());
        assertEquals(StoryBench.FIRST_DAY + 10, copy.day());
        assertEquals("2025-01-11", copy.published());
        assertNull(copy.sourceUrl());
        assertNotEquals(real.url(), copy.url());
        int n = real.keys().length;
        assertTrue(copy.keys().length < n && copy.keys().length > n / 2, copy + " of " + real);
        StoryMemory memory = new StoryMemory();
        assertTrue(memory.similarity(real, copy) > 0.5, "a copy stays like its article: "
                + memory.similarity(real, copy));
    }

    @Test
    void refusesNonsenseSizes() {
        assertEquals(2, CliRun.of("bench", "--stories", "--stories-size", "0", Fixtures.examples().toString())
                .status());
        assertEquals(2, CliRun.of("bench", "--stories", "--search").status());
    }
}
