package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.testing.Fixtures;

/** Stories formed within the input of {@code warta process} and {@code warta export}. */
class ProcessStoriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VI = "vi-source";
    private static final String ID = "id-translation";

    /**
     * The Vietnamese source, then its Indonesian translation (whose source line names the Vietnamese one's URL),
     * between articles on other events.
     */
    private static Path input(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(record(VI, Fixtures.ARTICLE_ID_SOURCE_URL, "2025-02-13", Fixtures.text(Fixtures.ARTICLE_ID_SOURCE)));
        lines.add(record("es-dana", "https://example.es/dana", "2024-11-01", example("es-dana-valencia.txt")));
        lines.add(record(ID, "https://example.id/rusia-as", "2025-02-13", Fixtures.text(Fixtures.ARTICLE_ID)));
        lines.add(record("de-merz", "https://example.de/merz", "2025-05-06", example("de-merz-kanzlerwahl.txt")));
        Path file = dir.resolve("articles.jsonl");
        Files.write(file, lines);
        return file;
    }

    private static String example(String name) throws IOException {
        return Files.readString(Fixtures.examples().resolve(name));
    }

    private static String record(String id, String url, String published, String text) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id).put("url", url).put("published", published).put("text", text);
        return o.toString();
    }

    private static Map<String, JsonNode> byId(String out) throws IOException {
        Map<String, JsonNode> articles = new LinkedHashMap<>();
        for (String line : out.strip().split("\n")) {
            JsonNode a = JSON.readTree(line);
            articles.put(a.get("id").asText(), a);
        }
        return articles;
    }

    private static String storyOf(JsonNode article) {
        return article.get("story").get("id").asText();
    }

    @Test
    void aTranslationJoinsItsSourcesStoryAndOtherEventsStartTheirOwn(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("process", "--threads", "1", input(dir).toString());
        assertEquals(0, run.status(), run.err());
        Map<String, JsonNode> a = byId(run.out());
        assertEquals(List.of(VI, "es-dana", ID, "de-merz"), List.copyOf(a.keySet()));
        assertEquals(storyOf(a.get(VI)), storyOf(a.get(ID)));
        assertEquals(VI, storyOf(a.get(ID)), "the story keeps the id of the article that started it");
        assertEquals(2, a.get(ID).get("story").get("size").asInt());
        assertEquals(Set.of("vi", "id"), strings(a.get(ID).get("story").get("languages")));
        Set<String> stories = new HashSet<>();
        a.values().forEach(x -> stories.add(storyOf(x)));
        assertEquals(3, stories.size(), "the two unrelated articles are stories of their own: " + stories);
        assertNotEquals(storyOf(a.get("es-dana")), storyOf(a.get("de-merz")));

        JsonNode translatedFrom = relation(a.get(ID), "translated_from");
        assertEquals(VI, translatedFrom.get("id").asText(), a.get(ID).get("related").toString());
        assertTrue(a.get("es-dana").get("related").isEmpty(), a.get("es-dana").get("related").toString());
    }

    @Test
    void theOutputIsTheSameWithOneThreadAndWithThree(@TempDir Path dir) throws Exception {
        Path in = input(dir);
        CliRun one = CliRun.of("process", "--threads", "1", in.toString(), Fixtures.examples().toString());
        CliRun three = CliRun.of("process", "--threads", "3", in.toString(), Fixtures.examples().toString());
        assertEquals(0, one.status(), one.err());
        assertEquals(one.out(), three.out());
        assertTrue(one.out().contains("\"translated_from\""));
    }

    @Test
    void noStoriesLeavesTheStageOut(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("process", "--no-stories", input(dir).toString());
        assertEquals(0, run.status(), run.err());
        for (JsonNode a : byId(run.out()).values()) {
            assertTrue(a.get("story").isNull(), a.get("story").toString());
            assertTrue(a.get("related").isEmpty(), a.get("related").toString());
        }
        Path out = dir.resolve("stories.jsonl");
        assertEquals(2, CliRun.of("process", "--no-stories", "--stories-out", out.toString(),
                input(dir).toString()).status());
    }

    @Test
    void storiesOutHoldsEachFinalStoryWithItsArticles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("stories.jsonl");
        CliRun run = CliRun.of("process", "--threads", "2", "--stories-out", out.toString(), input(dir).toString());
        assertEquals(0, run.status(), run.err());
        List<JsonNode> stories = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            stories.add(JSON.readTree(line));
        }
        assertEquals(3, stories.size(), stories.toString());
        JsonNode first = stories.get(0);
        assertEquals(VI, first.get("id").asText());
        assertEquals(2, first.get("size").asInt());
        assertEquals(List.of(VI, ID), List.copyOf(strings(first.get("articles"))));
        assertEquals(Set.of("vi", "id"), strings(first.get("languages")));
        assertEquals("2025-02-13", first.get("first_seen").asText().substring(0, 10));
        assertTrue(first.get("title").asText().contains("Lavrov") || first.get("title").asText().contains("Nga"),
                first.toString());
        assertTrue(first.get("merged_from").isArray());
        Set<String> all = new HashSet<>();
        for (JsonNode s : stories) {
            assertEquals(s.get("size").asInt(), s.get("articles").size(), s.toString());
            all.addAll(strings(s.get("articles")));
        }
        assertEquals(Set.of(VI, ID, "es-dana", "de-merz"), all);
    }

    @Test
    void exportedJsonLinesCarryStoriesToo(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("stories.jsonl");
        CliRun run = CliRun.of("export", "--format", "jsonl", "--threads", "3", "--stories-out", out.toString(),
                input(dir).toString());
        assertEquals(0, run.status(), run.err());
        Map<String, JsonNode> a = byId(run.out());
        assertEquals(storyOf(a.get(VI)), storyOf(a.get(ID)));
        assertEquals(3, Files.readAllLines(out).size());
    }

    private static JsonNode relation(JsonNode article, String relation) {
        for (JsonNode r : article.get("related")) {
            if (r.get("relation").asText().equals(relation)) {
                return r;
            }
        }
        throw new AssertionError("no " + relation + " in " + article.get("related"));
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new java.util.LinkedHashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
