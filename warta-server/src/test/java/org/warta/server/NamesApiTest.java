package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The names a page shows for codes ({@code /api/names}), and facets longer than the usual ten values
 * ({@code facet_limit}), on an index of an Indonesian, a Vietnamese and an English article.
 */
class NamesApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "names-api-token";
    @TempDir
    static Path data;
    static ArticleIndex index;
    static WartaServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        index = ArticleIndex.open(data);
        server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                WartaServer.Config.defaults().withPort(0).withToken(TOKEN));
        String body = record("id", "2025-02-14", Fixtures.text(Fixtures.ARTICLE_ID))
                + record("vi", "2025-02-13", Fixtures.text(Fixtures.ARTICLE_ID_SOURCE))
                + record("en", "2025-03-02", "Heavy rain flooded twelve districts of Jakarta on Sunday, and the city "
                        + "opened shelters for four thousand residents.");
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, posted.statusCode(), posted.body());
    }

    static String record(String id, String published, String text) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("published", published);
        o.put("text", text);
        return o + "\n";
    }

    @AfterAll
    static void stop() {
        server.close();
        index.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void namesLanguagesCountriesCameoCodesAndQuadClassesInEnglish() throws Exception {
        JsonNode names = getJson("api/names");
        assertEquals("Vietnamese", names.path("languages").path("vi").asText());
        assertEquals("Indonesian", names.path("languages").path("id").asText());
        assertEquals("Russian", names.path("languages").path("ru").asText());
        assertEquals("Russia", names.path("countries").path("RUS").asText());
        assertEquals("Vietnam", names.path("countries").path("VNM").asText());
        assertEquals("Appeal", names.path("cameo").path("02").asText());
        assertEquals("Make public statement", names.path("cameo").path("01").asText());
        assertTrue(names.path("cameo").has("0311"), "four-digit codes are named too");
        assertEquals("material conflict", names.path("quad_classes").path("4").asText());
        assertEquals(4, names.path("quad_classes").size());
    }

    @Test
    void everyLanguageOfTheIndexHasAName() throws Exception {
        JsonNode names = getJson("api/names").path("languages");
        List<String> unnamed = new ArrayList<>();
        for (JsonNode v : getJson("api/articles?facet_limit=50").path("facets").path("lang")) {
            if (!names.has(v.path("value").asText())) {
                unnamed.add(v.path("value").asText());
            }
        }
        assertTrue(unnamed.isEmpty(), "languages without a name: " + unnamed);
    }

    @Test
    void facetLimitBoundsTheValuesOfEachFacet() throws Exception {
        JsonNode all = getJson("api/articles?facet_limit=50").path("facets").path("lang");
        assertEquals(3, all.size(), all.toString());
        JsonNode one = getJson("api/articles?facet_limit=1").path("facets").path("lang");
        assertEquals(1, one.size(), one.toString());
        assertEquals(all.get(0), one.get(0), "the one value kept is the most frequent");
    }

    @Test
    void aFacetLimitOutOfRangeIsAUsageError() throws Exception {
        for (String bad : List.of("0", "501", "many")) {
            HttpResponse<String> r = get("api/articles?facet_limit=" + bad);
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(JSON.readTree(r.body()).path("error").asText().contains("facet_limit"), r.body());
        }
    }
}
