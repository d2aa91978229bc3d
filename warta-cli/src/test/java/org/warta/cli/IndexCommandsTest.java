package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.index.ArticleIndex;

class IndexCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path articles(Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(ProcessCommandTest.article(), in.resolve("article.txt"));
        Files.writeString(in.resolve("news.jsonl"),
                "{\"id\":\"n1\",\"title\":\"Rubio meets Lavrov\",\"published\":\"2025-02-18\",\"url\":\"https://www.news.example.com/a\","
                        + "\"text\":\"US Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh.\"}\n"
                        + "{\"id\":\"n2\",\"title\":\"Harga beras naik\",\"published\":\"2025-03-02\",\"text\":\"Harga beras di pasar "
                        + "tradisional Jakarta naik lagi minggu ini, kata pedagang kepada wartawan.\"}\n"
                        + "not json at all\n");
        return in;
    }

    @Test
    void ingestThenSearch(@TempDir Path dir) throws Exception {
        Path in = articles(dir);
        Path data = dir.resolve("data");
        CliRun ingest = CliRun.of("ingest", in.toString(), "--data", data.toString());
        assertEquals(3, ingest.status(), "a bad JSON line fails, the rest is stored: " + ingest.err());
        assertTrue(ingest.err().contains("added 3, replaced 0, unchanged 0"), ingest.err());
        assertTrue(ingest.err().contains("bad-json"), ingest.err());

        CliRun search = CliRun.of("search", "Lavrov", "--data", data.toString());
        assertEquals(0, search.status(), search.err());
        assertTrue(search.out().contains("Rubio meets Lavrov"), search.out());
        assertTrue(search.out().contains("news.example.com"), search.out());
        assertTrue(search.err().contains("2 matching articles"), search.err());

        CliRun json = CliRun.of("search", "beras", "--lang", "id", "--from", "2025-03", "--json", "--data", data.toString());
        JsonNode r = JSON.readTree(json.out());
        assertEquals(1, r.get("total").asInt());
        assertEquals("n2", r.get("hits").get(0).get("id").asText());
        assertEquals("id", r.get("facets").get("lang").get(0).get("value").asText());

        assertEquals(2, CliRun.of("search", "Lavrov AND (", "--data", data.toString()).status());
        assertEquals(2, CliRun.of("search", "x", "--from", "yesterday", "--data", data.toString()).status());
        CliRun none = CliRun.of("search", "x", "--data", dir.resolve("nothing").toString());
        assertEquals(1, none.status());
        assertTrue(none.err().contains("no index"), none.err());
    }

    @Test
    void demoStoresTheExamplesWithoutServing(@TempDir Path dir) throws Exception {
        Path in = articles(dir);
        Files.delete(in.resolve("news.jsonl"));
        Path data = dir.resolve("demo");
        CliRun demo = CliRun.of("demo", in.toString(), "--data", data.toString(), "--no-serve");
        assertEquals(0, demo.status(), demo.err());
        assertTrue(demo.out().contains("language   id"), demo.out());
        assertEquals(1, ArticleIndex.committedCount(data));
        assertEquals(2, CliRun.of("demo", dir.resolve("missing").toString(), "--no-serve").status());
    }

    @Test
    void newCommandsHaveHelp() {
        for (String command : new String[] {"ingest", "search", "serve"}) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.status(), command);
            assertTrue(run.out().contains("Usage: warta " + command), run.out());
        }
        assertTrue(CliRun.of("bench", "--help").out().contains("--search"));
    }
}
