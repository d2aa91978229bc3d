package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How large one record may be and how long it may take, on the command line: a record over either fails with its
 * reason (too-large, too-slow), and the run goes on with the next record.
 */
class RecordBudgetCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GUARD = Duration.ofSeconds(120);

    private static String seedText() throws Exception {
        return Files.readString(ProcessCommandTest.article());
    }

    /** The test article, as one line of the given length with no newline. */
    private static String oneLine(int chars) throws Exception {
        String unit = String.join(" ", seedText().split("\\s+")) + " ";
        StringBuilder b = new StringBuilder(chars + unit.length());
        while (b.length() < chars) {
            b.append(unit);
        }
        b.setLength(chars);
        return b.toString();
    }

    /** Text whose full stops and commas were lost: work on it takes seconds a megabyte. */
    private static String withoutPunctuation(int chars) throws Exception {
        return oneLine(chars).replaceAll("[\\p{P}\\p{S}]", " ");
    }

    private static String record(String id, String text) throws Exception {
        return JSON.writeValueAsString(Map.of("id", id, "text", text)) + "\n";
    }

    private static List<String> ids(String jsonLines) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        for (String line : jsonLines.strip().split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line).get("id").asText());
            }
        }
        return out;
    }

    @Test
    void aFifteenMegabyteLineIsRefusedAtOnceAndTheNextFileIsProcessed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-huge.txt"), oneLine(15_000_000));
        Files.writeString(dir.resolve("b-seed.txt"), seedText());
        CliRun run = assertTimeoutPreemptively(GUARD, () -> CliRun.of("process", dir.toString()));
        assertEquals(3, run.status(), run.err());
        assertEquals(1, run.out().strip().split("\n").length);
        assertTrue(run.err().contains("a-huge.txt: too-large: 15000000 bytes is more than the 4194304-byte limit"),
                run.err());
        assertTrue(run.err().contains("processed 1, failed 1 (too-large: 1)"), run.err());
    }

    @Test
    void aTenMegabyteJsonLinesStringIsRefusedAndTheLinesAroundItAreProcessed(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("news.jsonl");
        Files.writeString(in, record("before", seedText()) + record("huge", oneLine(10_000_000))
                + record("after", seedText()));
        CliRun run = assertTimeoutPreemptively(GUARD, () -> CliRun.of("process", in.toString()));
        assertEquals(3, run.status(), run.err());
        assertEquals(List.of("before", "after"), ids(run.out()));
        assertTrue(run.err().contains("news.jsonl line 2: too-large"), run.err());
    }

    @Test
    void aRecordOverTheTimeIsStoppedAndTheNextGoodRecordIsProcessed(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("news.jsonl");
        Files.writeString(in, record("slow", withoutPunctuation(4_000_000)) + record("good", seedText()));
        CliRun run = assertTimeoutPreemptively(GUARD, () ->
                CliRun.of("process", "--max-record-time", "1s", in.toString()));
        assertEquals(3, run.status(), run.err());
        assertEquals(List.of("good"), ids(run.out()));
        assertTrue(run.err().contains("news.jsonl line 1: too-slow: processing took more than 1s, the time limit "
                + "for one article (stopped in stage '"), run.err());
        assertTrue(run.err().contains("processed 1, failed 1 (too-slow: 1)"), run.err());
    }

    @Test
    void theSizeLimitIsSetOnTheCommandLineForReadersAndPipelineAlike(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("seed.txt");
        Files.writeString(text, seedText());
        CliRun small = CliRun.of("process", "--max-record-size", "1KiB", text.toString());
        assertEquals(3, small.status());
        assertTrue(small.err().contains("seed.txt: too-large: " + Files.size(text) + " bytes is more than the "
                + "1024-byte limit for one article"), small.err());
        // a line of 1,000 Thai letters is 1,000 characters but over 3,000 bytes: sizes are counted in bytes
        Path jsonl = dir.resolve("one.jsonl");
        String line = record("one", "ก".repeat(1000));
        Files.writeString(jsonl, line);
        CliRun decoded = CliRun.of("export", "--format", "jsonl", "--max-record-size", "2KB", jsonl.toString());
        assertEquals(3, decoded.status());
        assertTrue(decoded.err().contains("one.jsonl line 1: too-large: "
                + line.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + " bytes is more than the 2000-byte limit"), decoded.err());
        assertEquals(0, CliRun.of("process", "--max-record-size", "0", "--max-record-time", "0",
                text.toString()).status(), "0 turns a limit off");
    }

    @Test
    void ingestCountsRecordsOverTheBudgetAsFailedAndStoresTheRest(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("news.jsonl");
        Files.writeString(in, record("big", oneLine(5_000)) + record("seed", seedText()));
        CliRun run = CliRun.of("ingest", "--max-record-size", "4500B", in.toString(), "--data",
                dir.resolve("data").toString());
        assertEquals(3, run.status(), run.err());
        assertTrue(run.err().contains("failed 1 (too-large: 1)"), run.err());
        assertTrue(run.err().contains("added 1"), run.err());
    }

    @Test
    void badLimitsAreUsageErrors() throws Exception {
        String seed = ProcessCommandTest.article().toString();
        assertEquals(2, CliRun.of("process", "--max-record-size", "lots", seed).status());
        assertEquals(2, CliRun.of("process", "--max-record-time", "soon", seed).status());
        assertEquals(2, CliRun.of("export", "--format", "jsonl", "--max-record-time", "-1s", seed).status());
        for (String command : new String[] {"process", "export", "ingest", "serve", "bench"}) {
            CliRun help = CliRun.of(command, "--help");
            assertTrue(help.out().contains("--max-record-size") && help.out().contains("--max-record-time"), command);
        }
    }
}
