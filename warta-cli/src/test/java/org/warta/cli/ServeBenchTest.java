package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `warta bench --serve` builds an index, serves it on loopback and reports a mixed load it put on it. */
class ServeBenchTest {
    private static final Pattern ROW = Pattern.compile(
            "(?m)^(\\S+)\\s+(?:\\d+%)?\\s+(\\d+)\\s+(\\d+)\\s+([\\d.]+)\\s+([\\d.]+|NaN)\\s+([\\d.]+|NaN)\\s+([\\d.]+|NaN)$");

    @Test
    void buildsServesAndReportsEveryKindOfRequest(@TempDir Path dir) throws Exception {
        Path in = IndexCommandsTest.articles(dir);
        Path data = dir.resolve("bench-data");
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CliRun.of("bench", "--serve",
                in.toString(), "--data", data.toString(), "--clients", "4", "--requests", "300",
                "--warmup-requests", "30", "--seconds", "60"));
        assertEquals(0, run.status(), run.err() + run.out());
        assertTrue(Files.isDirectory(data.resolve("index")), "the index is kept in --data for the next run");
        assertTrue(run.err().contains("http://127.0.0.1:"), "served on loopback: " + run.err());
        Matcher m = ROW.matcher(run.out());
        int rows = 0;
        long requests = 0;
        while (m.find()) {
            rows++;
            assertEquals("0", m.group(3), "no request failed: " + m.group());
            if (!m.group(1).equals("overall")) {
                requests += Long.parseLong(m.group(2));
            } else {
                assertEquals(300, Long.parseLong(m.group(2)), run.out());
                assertTrue(Double.parseDouble(m.group(4)) > 0, run.out());
            }
        }
        assertEquals(ApiLoad.Kind.values().length + 1, rows, run.out());
        assertEquals(300, requests, "the kinds add up to the whole: " + run.out());

        CliRun again = CliRun.of("bench", "--serve", "--data", data.toString(), "--clients", "2", "--requests",
                "40", "--warmup-requests", "0");
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("in " + data), "reuses the index: " + again.out());
    }

    @Test
    void refusesNonsenseOptions() {
        assertEquals(2, CliRun.of("bench", "--serve", "--clients", "0").status());
        assertEquals(2, CliRun.of("bench", "--serve", "--search").status());
    }

    @Test
    void readsTheCursorAtTheEndOfAnAnswer() {
        byte[] page = "{\"hits\":[{\"preview\":\"a \\\"next_cursor\\\":\\\"x\"}],\"next_cursor\":\"ZDEy\",\"took_millis\":1}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("ZDEy", ApiLoad.cursor(page));
        assertEquals(null, ApiLoad.cursor("{\"next_cursor\":null}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
