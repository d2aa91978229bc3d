package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity suggestions ({@code /api/suggest}) and entity pages ({@code /api/entities/{key}}) on the bundled examples. */
class EntityApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String LAVROV = "person/sergei-lavrov";
    @TempDir
    static Path data;
    static PostedIndex served;

    @BeforeAll
    static void start() throws Exception {
        served = PostedIndex.start(data, BundledExamples.texts());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return served.get(path);
    }

    static JsonNode getJson(String path) throws Exception {
        return served.ok(path);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void cyrillicAndLatinBeginningsBothSuggestLavrov() throws Exception {
        for (String typed : List.of("Лав", "lav", "Lav")) {
            JsonNode first = getJson("api/suggest?limit=8&q=" + encode(typed)).path("suggestions").path(0);
            assertEquals(LAVROV, first.path("key").asText(), typed);
            assertEquals("Sergei Lavrov", first.path("name").asText());
            assertEquals("PERSON", first.path("type").asText());
            assertTrue(first.path("articles").asInt() >= 1, first.toString());
            assertTrue(first.path("matched").asText().toLowerCase().contains(typed.toLowerCase()), first.toString());
        }
    }

    @Test
    void suggestionsAreMostMentionedFirstAndCountedAsTheSearchCounts() throws Exception {
        JsonNode list = getJson("api/suggest?limit=50&q=s").path("suggestions");
        assertTrue(list.size() > 3, list.toString());
        for (int i = 1; i < list.size(); i++) {
            assertTrue(list.get(i - 1).path("articles").asLong() >= list.get(i).path("articles").asLong(),
                    list.toString());
        }
        JsonNode top = list.get(0);
        long total = getJson("api/articles?collapse=&facets=false&entity=" + encode(top.path("key").asText()))
                .path("total").asLong();
        assertEquals(total, top.path("articles").asLong(), top.toString());
        assertEquals(3, getJson("api/suggest?limit=3&q=s").path("suggestions").size());
    }

    @Test
    void aSuggestionRequestWithoutTextOrWithABadLimitIsAUsageError() throws Exception {
        for (String bad : List.of("api/suggest", "api/suggest?q=%20", "api/suggest?q=lav&limit=0",
                "api/suggest?q=lav&limit=many", "api/suggest?q=lav&limit=51")) {
            HttpResponse<String> r = get(bad);
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(JSON.readTree(r.body()).path("error").asText().length() > 5, r.body());
        }
        assertEquals(0, getJson("api/suggest?q=" + encode("«»")).path("suggestions").size());
    }

    @Test
    void theEntityPageGivesTheRolesTheKnowledgeBaseRecords() throws Exception {
        JsonNode e = getJson("api/entities/" + encode(LAVROV));
        assertEquals("Sergei Lavrov", e.path("name").asText());
        assertEquals(LAVROV, e.path("actor").asText());
        JsonNode kb = e.path("kb");
        assertEquals("foreign minister", kb.path("role").asText());
        List<String> roles = new ArrayList<>();
        kb.path("roles").forEach(r -> roles.add(r.path("code").asText() + " " + r.path("from").asText() + ".."
                + r.path("until").asText("")));
        assertEquals(List.of("RUSGOV 2004-03-09..", "RUSGOV 1994-09-22..2004-07-12"), roles);
        assertEquals("RUS", kb.path("roles").path(0).path("country").asText());
        assertTrue(kb.path("names").path("ru").toString().contains("Лавров"), kb.path("names").toString());
    }

    @Test
    void theEntityPageCountsLanguagesAndDrawsNeighbours() throws Exception {
        JsonNode e = getJson("api/entities/" + encode("country/USA"));
        assertEquals("USA", e.path("actor").asText(), "a country's events are found by its code");
        long sum = 0;
        for (JsonNode l : e.path("languages")) {
            long byFilter = getJson("api/articles?facets=false&entity=country%2FUSA&lang="
                    + l.path("language").asText()).path("total").asLong();
            assertEquals(byFilter, l.path("articles").asLong(), l.toString());
            sum += l.path("articles").asLong();
        }
        assertEquals(e.path("articles").asLong(), sum, "every article has one language");
        JsonNode graph = e.path("graph");
        assertTrue(graph.path("nodes").size() >= 10 && graph.path("nodes").size() <= 30, graph.toString());
        assertTrue(graph.path("edges").size() > 0, graph.toString());
        assertEquals(e.path("articles").asLong(), graph.path("articles_read").asLong());
    }

    @Test
    void anEntityNoArticleMentionsIsNotFound() throws Exception {
        assertEquals(404, get("api/entities/" + encode("person/nobody-at-all")).statusCode());
    }
}
