package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.index.ArticleIndex;
import org.warta.index.SampleArticles;

/** The overview on the API, over the hand-annotated sample articles and two undated Vietnamese ones. */
class OverviewApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path data;
    static ArticleIndex index;
    static WartaServer server;
    static PostedIndex served;

    @BeforeAll
    static void start() {
        served = PostedIndex.serving(data, Stream.concat(Stream.of(SampleArticles.seed(), SampleArticles.english(),
                SampleArticles.hostile()), SampleArticles.vietnamese(2).stream()).toList());
        index = served.index;
        server = served.server;
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return served.get(path);
    }

    static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void theDefaultOverviewIsTheThirtyDaysEndingAtTheNewestArticle() throws Exception {
        JsonNode o = ok("api/overview");
        assertEquals("2025-01-22", o.path("from").asText());
        assertEquals("2025-02-20", o.path("to").asText());
        assertEquals("2024-12-23", o.path("previous_from").asText());
        assertEquals("day", o.path("bucket").asText());
        assertEquals(3, o.path("articles").asInt());
        assertEquals(2, o.path("undated").asInt());
        assertEquals(30, o.path("volume").size());
        assertEquals(1, o.path("volume").get(23).path("counts").path("id").asInt(), o.path("volume").get(23).toString());
        assertEquals(SampleArticles.LAVROV, o.path("people").get(0).path("key").asText());
        assertEquals(3, o.path("people").get(0).path("articles").asInt());
        assertEquals(0, o.path("people").get(0).path("before").asInt());
        assertEquals("RUS", o.path("countries").get(0).path("key").asText());
        assertEquals(3, o.path("country_mentions").path("RUS").asInt());
        assertEquals(3, o.path("country_events").path("USA").asInt());
        assertTrue(o.path("largest").get(0).path("id").asText().length() > 0);
        assertTrue(o.path("took_ms").isNumber());
    }

    @Test
    void periodAndLanguageComeFromTheParameters() throws Exception {
        assertEquals("2025-02-14", ok("api/overview?days=all").path("from").asText());
        JsonNode week = ok("api/overview?days=7");
        assertEquals("2025-02-14", week.path("from").asText());
        assertEquals(3, week.path("articles").asInt());
        JsonNode english = ok("api/overview?lang=en");
        assertEquals(2, english.path("articles").asInt());
        assertEquals(1, english.path("country_events").path("RUS").asInt());
        JsonNode feb = ok("api/overview?from=2025-02&to=2025-02&lang=id,en");
        assertEquals("2025-02-28", feb.path("to").asText());
        assertEquals(28, feb.path("volume").size());
    }

    @Test
    void badParametersAreExplained() throws Exception {
        for (String q : new String[] {"days=soon", "days=0", "from=2025-02-18&to=2025-02-14", "from=yesterday",
                                      "top=1000"}) {
            HttpResponse<String> r = get("api/overview?" + q);
            assertEquals(400, r.statusCode(), q + ": " + r.body());
            assertTrue(JSON.readTree(r.body()).path("error").asText().length() > 10, r.body());
        }
    }

    @Test
    void namesMapTheMapShapesNumericCodesToCountryCodes() throws Exception {
        JsonNode numeric = ok("api/names").path("numeric_countries");
        assertEquals("RUS", numeric.path("643").asText());
        assertEquals("USA", numeric.path("840").asText());
        assertEquals("AFG", numeric.path("004").asText());
        assertEquals("VNM", numeric.path("704").asText());
        assertTrue(ok("api/openapi.json").path("paths").has("/api/overview"));
    }
}
