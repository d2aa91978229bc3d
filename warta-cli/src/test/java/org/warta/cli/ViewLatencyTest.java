package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `warta bench --search` times each view of the page over HTTP: a table on stderr, JSON on stdout. */
class ViewLatencyTest {
    @Test
    void timesEveryViewOfThePageWithoutErrors(@TempDir Path dir) throws Exception {
        Path in = IndexCommandsTest.articles(dir);
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> CliRun.of("bench", "--search",
                in.toString(), "--articles", "40", "--queries", "10", "--view-visits", "6",
                "--bench-data", dir.resolve("bench").toString()));
        assertEquals(0, run.status(), run.err() + run.out());
        String line = run.out().lines().filter(l -> l.startsWith("views (JSON)")).findFirst().orElseThrow();
        JsonNode json = new ObjectMapper().readTree(line.substring(line.indexOf('{')));
        assertEquals(40, json.path("index_articles").asLong(), line);
        List<String> names = new ArrayList<>();
        for (JsonNode v : json.path("views")) {
            names.add(v.path("view").asText());
            assertEquals(6, v.path("visits").asInt(), "each view is visited as asked: " + v);
            assertEquals(0, v.path("errors").asInt(), "no request of a view failed: " + v);
            assertTrue(v.path("p50_ms").asDouble() > 0 && v.path("p50_ms").asDouble() <= v.path("p95_ms").asDouble()
                    && v.path("p95_ms").asDouble() <= v.path("p99_ms").asDouble(), "percentiles in order: " + v);
        }
        assertEquals(ViewLatency.VIEWS.stream().map(ViewLatency.View::name).toList(), names, line);
        assertTrue(names.containsAll(List.of("search", "article", "stories", "story", "entity", "pairs", "names")), line);
        for (String name : names) {
            assertTrue(run.err().lines().anyMatch(l -> l.startsWith(name + " ")), "the table has a row for " + name
                    + ": " + run.err());
        }
    }
}
