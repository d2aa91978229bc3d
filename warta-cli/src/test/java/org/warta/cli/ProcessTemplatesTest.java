package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessTemplatesTest {
    private static final List<String> BODIES = List.of(
            "The council met on Monday to discuss the harbour budget and approved a new ferry line.",
            "Fishermen protested outside the port authority on Tuesday over the price of diesel.",
            "A new school opened in the northern district on Wednesday with places for four hundred children.",
            "The mayor said on Thursday that the bridge repairs would be finished before the rainy season.",
            "Farmers in the valley began the rice harvest early because of the dry weather in May.",
            "The island's clinic received two ambulances from the provincial government on Saturday.");

    /** A sentence on every page of the outlet: no rule and no look at one page can tell it from the article. */
    private static final String MASTHEAD =
            "The Island Courier is published every weekday by the Harbour Press Group in Port Louis.";

    private static Path input(Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < BODIES.size(); i++) {
            String text = "Home | World | Sport\n" + MASTHEAD + "\n" + BODIES.get(i) + " " + BODIES.get((i + 1) % BODIES.size());
            lines.add(json.writeValueAsString(java.util.Map.of("id", "n" + i,
                    "url", "https://news.example.com/local/" + i, "text", text)));
        }
        Path file = dir.resolve("feed.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void linesSharedAcrossAnOutletsArticlesGoTheSameWayWithAnyNumberOfThreads(@TempDir Path dir) throws Exception {
        Path file = input(dir);
        CliRun one = CliRun.of("process", "--threads", "1", file.toString());
        CliRun two = CliRun.of("process", "--threads", "2", file.toString());
        assertEquals(0, one.status(), one.err());
        assertEquals(one.out(), two.out(), "input order decides, not the threads");
        List<JsonNode> articles = new ArrayList<>();
        for (String line : one.out().split("\n")) {
            articles.add(new ObjectMapper().readTree(line));
        }
        assertEquals(6, articles.size());
        for (int i = 2; i < articles.size(); i++) {
            JsonNode a = articles.get(i);
            assertTrue(a.get("text").asText().startsWith(BODIES.get(i)), a.get("text").asText());
            assertTrue(a.get("removed").toString().contains("{\"text\":\"" + MASTHEAD + "\",\"reason\":\"template\"}"),
                    a.get("removed").toString());
        }
    }

    @Test
    void theyCanBeKept(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("process", "--no-templates", input(dir).toString());
        assertEquals(0, run.status(), run.err());
        assertFalse(run.out().contains("\"template\""), run.out());
    }
}
