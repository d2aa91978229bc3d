package org.warta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the Spark benchmark that decide what it reports: its options, the comparison and the counts. */
class SparkBenchTest {
    @TempDir
    Path dir;

    @Test
    void optionsTakeRoundsOutputAndInputs() {
        SparkBench.Options o = SparkBench.Options.parse("--rounds", "3", "a.txt", "--out", "/tmp/o", "b/");
        assertEquals(List.of("a.txt", "b/"), o.inputs());
        assertEquals(3, o.rounds());
        assertEquals(Path.of("/tmp/o"), o.out());
        assertFalse(o.help());
        assertEquals(1, SparkBench.Options.parse().rounds());
        assertTrue(SparkBench.Options.parse("--help").help());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThrows(IllegalArgumentException.class, () -> SparkBench.Options.parse("--rounds", "0"));
        assertThrows(IllegalArgumentException.class, () -> SparkBench.Options.parse("--rounds", "many"));
        assertThrows(IllegalArgumentException.class, () -> SparkBench.Options.parse("--rounds"));
        assertThrows(IllegalArgumentException.class, () -> SparkBench.Options.parse("--threads", "2"));
    }

    @Test
    void partFilesEndToEndAreComparedWithTheProcessOutputByteForByte() throws IOException {
        Path process = write(dir.resolve("process.jsonl"), "{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\":\"ć\"}\n");
        Path parts = Files.createDirectories(dir.resolve("job/articles"));
        // names sort the parts: part-00000 before part-00001, whatever order they were written in
        write(parts.resolve("part-00001"), "{\"id\":\"ć\"}\n");
        write(parts.resolve("part-00000"), "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
        write(parts.resolve("_SUCCESS"), "");
        assertTrue(SparkBench.sameArticles(process, parts));
        assertEquals(3, SparkBench.countLines(parts));
        assertEquals(3, SparkBench.countLines(process));

        write(parts.resolve("part-00002"), "{\"id\":\"d\"}\n");
        assertFalse(SparkBench.sameArticles(process, parts), "one line more");
        Files.delete(parts.resolve("part-00002"));
        write(parts.resolve("part-00001"), "{\"id\":\"c\"}\n");
        assertFalse(SparkBench.sameArticles(process, parts), "one byte differs");
        assertFalse(SparkBench.sameArticles(process, dir.resolve("missing")));
    }

    @Test
    void theReportGivesTheRatiosTheJobIsHeldTo() {
        SparkBench.Contender process = contender("process --threads 2", 2);
        SparkBench.Contender local1 = contender("spark local[1]", 1);
        SparkBench.Contender local2 = contender("spark local[2]", 2);
        String report = SparkBench.report(List.of(
                new SparkBench.Result(process, 0, 10_000_000_000L, 1000, 512L << 20),
                new SparkBench.Result(local1, 0, 20_000_000_000L, 1000, 600L << 20),
                new SparkBench.Result(local2, 3, 11_000_000_000L, 1000, 700L << 20)), true, false);
        assertTrue(report.contains("ratio local[2] / process --threads 2   0.91"), report);
        assertTrue(report.contains("ratio local[2] / local[1]              1.82"), report);
        assertTrue(report.contains("local[1] yes, local[2] no"), report);
        assertTrue(report.lines().anyMatch(l -> l.startsWith("spark local[1]") && l.contains(" 50.0 ")
                && l.contains(" 600 ")), report);
    }

    @Test
    void theDefaultCorpusIsTheExamplesWithoutTheSharedData() throws IOException {
        Path home = Files.createDirectories(dir.resolve("checkout"));
        assertEquals(home.resolve("examples"), SparkBench.defaultCorpus(home));
        Path vi = Files.createDirectories(dir.resolve("shared/corpus/vi-news-baomoi"));
        assertEquals(vi, SparkBench.defaultCorpus(home));
    }

    private SparkBench.Contender contender(String name, int cores) {
        return new SparkBench.Contender(name, cores, List.of("java"), dir, null, dir, dir);
    }

    @Test
    void aContenderIsHeldToItsCoresWhereTasksetIsAtHand() {
        List<String> command = List.of("java", "-version");
        List<String> one = SparkBench.pinned(1, command);
        if (Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            assertEquals(List.of("/usr/bin/taskset", "-c", "0", "java", "-version"), one);
            if (Runtime.getRuntime().availableProcessors() >= 2) {
                assertEquals(List.of("/usr/bin/taskset", "-c", "0-1", "java", "-version"),
                        SparkBench.pinned(2, command));
            }
        } else {
            assertEquals(command, one);
        }
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
