package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.testing.Fixtures;

/**
 * Stories on the API: the Indonesian fixture posted before its Vietnamese source, then an unrelated article; the two
 * share a story, each shows the tie from its side, and the story page draws the chain from source to translation.
 */
class StoriesApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "stories-api-token";
    static final String SOURCE = "vi-source";
    static final String TRANSLATION = "id-translation";
    static final String FLOOD = "jakarta-flood";
    @TempDir
    static Path data;
    static ArticleIndex index;
    static WartaServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static String record(String id, String url, String published, String text) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        if (url != null) {
            o.put("url", url);
        }
        o.put("published", published);
        o.put("text", text);
        return o + "\n";
    }

    @BeforeAll
    static void start() throws Exception {
        index = ArticleIndex.open(data);
        server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                WartaServer.Config.defaults().withPort(0).withToken(TOKEN));
        HttpResponse<String> posted = post(record(TRANSLATION, null, "2025-02-14", Fixtures.text(Fixtures.ARTICLE_ID))
                + record(SOURCE, Fixtures.ARTICLE_ID_SOURCE_URL, "2025-02-13",
                        Fixtures.text(Fixtures.ARTICLE_ID_SOURCE)));
        assertEquals(201, posted.statusCode(), posted.body());
        posted = post(record(FLOOD, "https://example.org/jakarta-flood", "2025-03-02",
                "Heavy rain flooded twelve districts of Jakarta on Sunday, and the city opened shelters for four "
                        + "thousand residents."));
        assertEquals(201, posted.statusCode(), posted.body());
    }

    @AfterAll
    static void stop() {
        server.close();
        index.close();
    }

    static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    static List<String> relations(JsonNode article, String other) {
        List<String> out = new ArrayList<>();
        article.path("related").forEach(r -> {
            if (r.path("id").asText().equals(other)) {
                out.add(r.path("relation").asText());
            }
        });
        return out;
    }

    static List<String> storyIds(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.path("stories").forEach(s -> out.add(s.path("id").asText()));
        return out;
    }

    static String lavrovStory() throws Exception {
        return getJson("/api/articles/" + SOURCE).path("story").path("id").asText();
    }

    @Test
    void theTranslationAndItsSourceShowTheTieFromBothSides() throws Exception {
        JsonNode translation = getJson("/api/articles/" + TRANSLATION);
        JsonNode source = getJson("/api/articles/" + SOURCE);
        assertEquals(source.path("story").path("id"), translation.path("story").path("id"));
        assertEquals(2, source.path("story").path("size").asInt(), source.path("story").toString());
        assertEquals(2, source.path("story").path("languages").size());
        assertEquals(List.of("translated_from"), relations(translation, SOURCE), translation.path("related").toString());
        assertEquals(List.of("translated_as"), relations(source, TRANSLATION), source.path("related").toString());
    }

    @Test
    void theStoryPageDrawsTheChainFromSourceToTranslation() throws Exception {
        JsonNode story = getJson("/api/stories/" + lavrovStory());
        assertEquals(2, story.path("size").asInt());
        assertEquals(SOURCE, story.path("articles").get(0).path("id").asText(), "oldest first");
        assertEquals(List.of(SOURCE), List.of(story.path("by_language").path("vi").get(0).asText()));
        assertEquals(TRANSLATION, story.path("by_language").path("id").get(0).asText());
        assertEquals("2025-02-13", story.path("first_seen").asText());
        assertEquals("2025-02-14", story.path("last_seen").asText());
        JsonNode edges = story.path("chain").path("edges");
        assertEquals(1, edges.size(), story.path("chain").toString());
        assertEquals(SOURCE, edges.get(0).path("from").asText());
        assertEquals(TRANSLATION, edges.get(0).path("to").asText());
        assertEquals("translated_from", edges.get(0).path("relation").asText());
        assertTrue(story.path("entities").size() >= 3, story.path("entities").toString());
        JsonNode lavrov = null;
        for (JsonNode e : story.path("entities")) {
            if (e.path("kb_id").asText().equals("person/sergei-lavrov")) {
                lavrov = e;
            }
        }
        assertEquals(2, lavrov.path("count").asInt(), story.path("entities").toString());
        assertEquals(2, lavrov.path("languages").size());
    }

    @Test
    void anUnknownStoryIsA404WithAMessage() throws Exception {
        HttpResponse<String> r = get("/api/stories/no-such-story");
        assertEquals(404, r.statusCode());
        assertTrue(JSON.readTree(r.body()).path("error").asText().contains("no-such-story"), r.body());
    }

    @Test
    void storiesAreListedAndFiltered() throws Exception {
        String lavrov = lavrovStory();
        JsonNode all = getJson("/api/stories");
        assertEquals(2, all.path("total").asInt());
        assertEquals(List.of(FLOOD, lavrov), storyIds(all), "newest first");
        JsonNode first = all.path("stories").get(1);
        assertEquals(2, first.path("size").asInt());
        assertTrue(first.path("countries").toString().contains("RUS"), first.toString());
        assertFalse(first.path("title").asText().isBlank(), first.toString());
        assertEquals(List.of(lavrov, FLOOD), storyIds(getJson("/api/stories?sort=largest")));
        assertEquals(List.of(lavrov), storyIds(getJson("/api/stories?lang=vi")));
        assertEquals(List.of(lavrov), storyIds(getJson("/api/stories?country=RUS")));
        assertEquals(List.of(lavrov), storyIds(getJson("/api/stories?entity=person/sergei-lavrov")));
        assertEquals(List.of(FLOOD), storyIds(getJson("/api/stories?from=2025-03-01")));
        assertEquals(List.of(lavrov), storyIds(getJson("/api/stories?to=2025-02")));
        assertEquals(List.of(FLOOD), storyIds(getJson("/api/stories?q=" + URLEncoder.encode("shelters",
                StandardCharsets.UTF_8))));
        JsonNode page = getJson("/api/stories?limit=1&sort=largest");
        assertEquals(List.of(FLOOD), storyIds(getJson("/api/stories?limit=1&sort=largest&cursor="
                + page.path("next_cursor").asText())));
        assertEquals(400, get("/api/stories?sort=oldest").statusCode());
    }

    @Test
    void searchHitsCarryTheirStoryAndCollapseIntoIt() throws Exception {
        JsonNode hits = getJson("/api/articles?q=Lavrov").path("hits");
        assertEquals(2, hits.size());
        for (JsonNode h : hits) {
            assertEquals(lavrovStory(), h.path("story").path("id").asText());
            assertEquals(2, h.path("story").path("size").asInt());
            assertFalse(h.has("similar"));
        }
        JsonNode collapsed = getJson("/api/articles?q=Lavrov&collapse=story");
        assertEquals(1, collapsed.path("hits").size(), collapsed.toString());
        JsonNode similar = collapsed.path("hits").get(0).path("similar");
        assertEquals(1, similar.path("count").asInt());
        String shown = collapsed.path("hits").get(0).path("language").asText();
        assertEquals(List.of(shown.equals("vi") ? "id" : "vi"), List.of(similar.path("languages").get(0).asText()));
        assertEquals(400, get("/api/articles?q=Lavrov&collapse=outlet").statusCode());
    }
}
