package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.index.ArticleIndex;
import org.warta.testing.Fixtures;

/**
 * Kills a real ingest process with SIGKILL while it is writing, then checks that the index opens, is consistent,
 * and that running the same command again completes it with every article stored exactly once.
 */
class IngestCrashTest {
    static final int RECORDS = 200;

    /**
     * RECORDS different news records of about the length of real ones (2 to 3 KB) as JSON Lines, made from the test
     * articles: the Indonesian one with its paragraphs turned round, and runs of the Vietnamese items.
     */
    static Path corpus(Path dir) throws Exception {
        List<String> indonesian = List.of(Fixtures.text(Fixtures.ARTICLE_ID).strip().split("\n"));
        List<String> vietnamese = List.of(Fixtures.text("vi-articles.txt").strip().split("\n---\n"));
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            List<String> paragraphs = new ArrayList<>();
            for (int k = 0; String.join("\n", paragraphs).length() < 2000; k++) {
                paragraphs.add(i % 2 == 0 ? indonesian.get((i / 2 + k) % indonesian.size())
                        : vietnamese.get((i / 2 + k) % vietnamese.size()));
            }
            Map<String, String> record = new LinkedHashMap<>();
            record.put("id", "record-" + (i + 1));
            record.put("title", "Laporan " + (i + 1));
            record.put("text", "Laporan " + (i + 1) + ".\n" + String.join("\n", paragraphs));
            lines.add(json.writeValueAsString(record));
        }
        Path file = dir.resolve("news-200.jsonl");
        Files.write(file, lines);
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
