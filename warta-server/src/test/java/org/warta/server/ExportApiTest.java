package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.index.ArticleIndex;
import org.warta.index.SampleArticles;

/**
 * Exports read back as a spreadsheet would: every match of the search in its order, a header row, and titles with
 * commas, quotes and line breaks kept whole in their cell.
 */
class ExportApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = PostedIndex.TOKEN;
    static final String TRICKY_TITLE = "Lavrov: \"no deal\", then talks\nin Riyadh, again";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path data;
    static ArticleIndex index;
    static WartaServer server;
    static PostedIndex served;

    @BeforeAll
    static void start() throws Exception {
        served = PostedIndex.serving(data, Stream.concat(Stream.of(SampleArticles.seed(), SampleArticles.english()),
                SampleArticles.vietnamese(5).stream()).toList());
        index = served.index;
        server = served.server;
        String record = JSON.createObjectNode().put("id", "en-tricky-title").put("title", TRICKY_TITLE)
                .put("published", "2025-02-20")
                .put("text", "Russian Foreign Minister Sergei Lavrov said on Thursday that there was no deal yet, "
                        + "and that talks with the United States would go on in Riyadh next week.").toString();
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(record)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, posted.statusCode(), posted.body());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return served.get(path.substring(1));
    }

    static List<Map<String, String>> csv(String body, List<String> header) throws Exception {
        assertEquals(String.join(",", header), body.substring(0, body.indexOf('\n')));
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void articlesAsCsvInTheSearchOrderWithTrickyTitlesQuoted() throws Exception {
        HttpResponse<String> r = get("/api/articles/export?format=csv&q=Lavrov");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("")
                .matches("attachment; filename=\"warta-articles-\\d{4}-\\d\\d-\\d\\d\\.csv\""));
        assertEquals(String.valueOf(ExportApi.MAX_ROWS), r.headers().firstValue("X-Export-Limit").orElse(null));
        List<Map<String, String>> rows = csv(r.body(), ExportApi.ARTICLE_COLUMNS);

        JsonNode search = JSON.readTree(get("/api/articles?q=Lavrov&limit=200&facets=false").body());
        assertEquals(search.get("total").asInt(), rows.size());
        assertEquals(String.valueOf(rows.size()), r.headers().firstValue("X-Total-Count").orElse(null));
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(search.get("hits").get(i).get("id").asText(), rows.get(i).get("id"));
        }

        Map<String, String> tricky = rows.stream().filter(m -> m.get("id").equals("en-tricky-title")).findFirst()
                .orElseThrow();
        String stored = JSON.readTree(get("/api/articles/en-tricky-title").body()).get("title").asText();
        assertTrue(stored.contains("\"no deal\",") && stored.contains(", again"), stored);
        assertEquals(stored, tricky.get("title"));
        assertTrue(r.body().contains("\"Lavrov: \"\"no deal\"\", then talks"), "quotes doubled inside a quoted cell");

        Map<String, String> english = rows.stream().filter(m -> m.get("id").equals("en-riyadh-talks")).findFirst()
                .orElseThrow();
        assertEquals("Rubio and Lavrov meet in Riyadh", english.get("title"));
        assertEquals("en", english.get("language"));
        assertEquals("https://news.example.com/world/riyadh-talks", english.get("url"));
        assertTrue(english.get("published").startsWith("2025-02-18"));
        assertTrue(List.of(english.get("countries").split("; ")).containsAll(List.of("USA", "RUS", "UKR")),
                english.get("countries"));
        assertTrue(english.get("entities").contains("Sergei Lavrov"), english.get("entities"));
    }

    @Test
    void theFiltersOfTheSearchApply() throws Exception {
        List<Map<String, String>> vi = csv(get("/api/articles/export?lang=vi").body(), ExportApi.ARTICLE_COLUMNS);
        assertEquals(5, vi.size());
        vi.forEach(m -> assertEquals("vi", m.get("language")));
        assertEquals(0, csv(get("/api/articles/export?q=Lavrov&lang=vi").body(), ExportApi.ARTICLE_COLUMNS).size());
    }

    @Test
    void articlesAsJsonLines() throws Exception {
        HttpResponse<String> r = get("/api/articles/export?format=jsonl&q=Rubio&sort=date");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains(".jsonl\""));
        String[] lines = r.body().split("\n");
        JsonNode search = JSON.readTree(get("/api/articles?q=Rubio&sort=date&limit=200").body());
        assertEquals(search.get("total").asInt(), lines.length);
        for (int i = 0; i < lines.length; i++) {
            JsonNode a = JSON.readTree(lines[i]);
            assertEquals(search.get("hits").get(i).get("id").asText(), a.get("id").asText());
            assertTrue(a.get("entities").isArray());
        }
    }

    @Test
    void eventsAsCsvWithNamesBesideTheCodes() throws Exception {
        HttpResponse<String> r = get("/api/events/export?actor1=RUS&actor2=USA&both=true");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("warta-events-"));
        List<Map<String, String>> rows = csv(r.body(), ExportApi.EVENT_COLUMNS);
        assertEquals(4, rows.size());
        Map<String, String> criticised = rows.stream().filter(m -> "111".equals(m.get("cameo"))).findFirst()
                .orElseThrow();
        assertEquals("USAGOV", criticised.get("actor1_code"));
        assertEquals("Moscow", criticised.get("actor2_name"));
        assertEquals("RUS", criticised.get("actor2_country"));
        assertEquals("11", criticised.get("root"));
        assertEquals("Disapprove", criticised.get("root_name"));
        assertEquals("verbal conflict", criticised.get("quad_class_name"));
        assertEquals(-2.0, Double.parseDouble(criticised.get("goldstein")));
        assertEquals("en-riyadh-talks", criticised.get("article_id"));
        assertEquals("Rubio and Lavrov meet in Riyadh", criticised.get("article_title"));
        assertTrue(criticised.get("evidence").contains("criticised Moscow"), criticised.get("evidence"));

        String jsonl = get("/api/events/export?format=jsonl&actor1=USA&root=11").body();
        assertEquals(1, jsonl.split("\n").length);
        assertEquals("Disapprove", JSON.readTree(jsonl).get("root_name").asText());
    }

    @Test
    void anUnknownFormatIsRefusedAndArticlesStillOpenById() throws Exception {
        HttpResponse<String> r = get("/api/articles/export?format=xlsx");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("format must be 'csv' or 'jsonl'"), r.body());
        assertEquals(200, get("/api/articles/en-riyadh-talks").statusCode());
        assertEquals(400, get("/api/events/export?format=xml").statusCode());
    }
}
