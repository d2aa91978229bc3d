package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.index.ArticleIndex;

/**
 * Kills a real ingest process with SIGKILL while it is writing, then checks that the index opens, is consistent,
 * and that running the same command again completes it with every article stored exactly once.
 */
class IngestCrashTest {
    static final Path SOURCE = Path.of(System.getProperty("warta.shared"), "langid", "id-ms-news", "ms.jsonl");
    static final int RECORDS = 200;

    /** The first records of the shared Malay news file, so the test stays quick. */
    static Path corpus(Path dir) throws Exception {
        Path file = dir.resolve("ms-200.jsonl");
        Files.write(file, Files.readAllLines(SOURCE).subList(0, RECORDS));
        return file;
    }

    static Process ingest(Path corpus, Path data, Path log) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "org.warta.cli.Main", "ingest", corpus.toString(), "--data", data.toString(),
                "--commit-every", "10", "--threads", "2"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void killedIngestLeavesAUsableIndexAndRerunCompletesIt(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir);
        Path data = dir.resolve("data");
        Path log = dir.resolve("first.log");
        Process first = ingest(corpus, data, log);
        long committed = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (first.isAlive() && System.nanoTime() < deadline) {
            committed = committedOrZero(data);
            if (committed >= 30) {
                break;
            }
            Thread.sleep(100);
        }
        assertTrue(first.isAlive(), "the ingest ended before it could be killed: " + Files.readString(log));
        first.destroyForcibly();
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, first.exitValue(), "killed by SIGKILL");

        long afterCrash = ArticleIndex.committedCount(data);
        assertTrue(afterCrash >= 30 && afterCrash < RECORDS, "killed mid-ingest with " + afterCrash + " committed");
        assertClean(data);

        Process second = ingest(corpus, data, dir.resolve("second.log"));
        assertTrue(second.waitFor(6, TimeUnit.MINUTES), "the second run finishes");
        String secondLog = Files.readString(dir.resolve("second.log"));
        assertEquals(0, second.exitValue(), secondLog);
        assertEquals(RECORDS, ArticleIndex.committedCount(data), "nothing lost, nothing doubled");
        // What the killed run had committed is passed over; what it had not is processed now.
        assertTrue(secondLog.contains("unchanged " + afterCrash), secondLog);
        assertClean(data);

        // A third run stores nothing new: every article is passed over as unchanged.
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run("ingest", corpus.toString(), "--data", data.toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("added 0, replaced 0, unchanged " + RECORDS),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(RECORDS, ArticleIndex.committedCount(data));
    }

    private static long committedOrZero(Path data) {
        try {
            return ArticleIndex.committedCount(data);
        } catch (Exception e) {
            return 0;
        }
    }

    private static void assertClean(Path data) throws Exception {
        try (var dir = FSDirectory.open(data.resolve("index"));
             CheckIndex check = new CheckIndex(dir)) {
            check.setInfoStream(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertTrue(check.checkIndex().clean, "CheckIndex finds no problem");
        }
    }
}
