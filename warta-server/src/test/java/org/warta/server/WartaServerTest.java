package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.index.SampleArticles;

class WartaServerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = "test-token-5f2c";
    @TempDir
    static Path data;
    static ArticleIndex index;
    static WartaServer server;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        index = ArticleIndex.open(data);
        index.put(SampleArticles.seed());
        index.put(SampleArticles.english());
        index.put(SampleArticles.hostile());
        SampleArticles.vietnamese(25).forEach(index::put);
        index.commit();
        server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                WartaServer.Config.defaults().withPort(0).withToken(TOKEN));
    }

    @AfterAll
    static void stop() {
        server.close();
        index.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
    }

    @Test
    void searchesWithFacetsAndPagesThroughEveryMatch() throws Exception {
        JsonNode r = json(get("/api/articles?q=Lavrov&limit=2"));
        assertEquals(3, r.get("total").asInt());
        assertEquals(2, r.get("hits").size());
        assertEquals("Q167542", r.get("facets").get("entity").get(0).get("value").asText());
        assertEquals("Sergei Lavrov", r.get("facets").get("entity").get(0).get("label").asText());
        assertTrue(r.get("hits").get(0).has("snippet"));
        JsonNode page2 = json(get("/api/articles?q=Lavrov&limit=2&cursor=" + r.get("next_cursor").asText()));
        assertEquals(1, page2.get("hits").size());
        assertTrue(page2.get("next_cursor").isNull());

        Set<String> ids = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode p = json(get("/api/articles?limit=4&facets=false" + (cursor == null ? "" : "&cursor=" + cursor)));
            p.get("hits").forEach(h -> assertTrue(ids.add(h.get("id").asText())));
            cursor = p.get("next_cursor").isNull() ? null : p.get("next_cursor").asText();
            pages++;
        } while (cursor != null);
        long total = json(get("/api/articles?limit=1")).get("total").asLong();
        assertTrue(total >= 28);
        assertEquals(total, ids.size(), "every article, each once");
        assertEquals((total + 3) / 4, pages, "no empty last page");
    }

    @Test
    void filtersByLanguageCountryEntityEventAndDate() throws Exception {
        assertEquals(25, json(get("/api/articles?lang=vi&limit=1")).get("total").asInt());
        assertEquals(2, json(get("/api/articles?lang=en,id&country=UKR")).get("total").asInt());
        assertEquals(1, json(get("/api/articles?entity=Q324546&from=2025-02-15")).get("total").asInt());
        assertEquals(2, json(get("/api/articles?event=04&to=2025-02")).get("total").asInt());
    }

    @Test
    void servesTheFullArticleJson() throws Exception {
        HttpResponse<String> r = get("/api/articles/seed-lavrov-rubio");
        assertEquals(200, r.statusCode());
        JsonNode a = json(r);
        assertEquals("id", a.get("language").asText());
        assertEquals(2, a.get("events").size());
        assertEquals("Kementerian Luar Negeri Rusia", a.get("captions").get(0).get("credit").asText());
        HttpResponse<String> missing = get("/api/articles/nope");
        assertEquals(404, missing.statusCode());
        assertTrue(json(missing).get("error").asText().contains("nope"));
    }

    @Test
    void reportsEntitiesAndEvents() throws Exception {
        JsonNode e = json(get("/api/entities/Q167542"));
        assertEquals("Sergei Lavrov", e.get("name").asText());
        assertEquals(3, e.get("timeline").size());
        assertEquals("2025-02-14", e.get("timeline").get(0).get("day").asText());
        assertTrue(e.get("cooccurring").size() >= 5);
        assertEquals(404, get("/api/entities/Q0").statusCode());

        JsonNode ev = json(get("/api/events?actor1=RUS&actor2=USA&both=true"));
        assertEquals(4, ev.get("total").asInt());
        JsonNode first = ev.get("events").get(0);
        assertEquals("/api/articles/en-riyadh-talks", first.get("article_url").asText());
        assertEquals("Rubio and Lavrov meet in Riyadh", first.get("article").get("title").asText());
        assertEquals(2, ev.get("timeline").size());
        assertEquals(1, json(get("/api/events?actor1=USA&root=11")).get("total").asInt());
    }

    @Test
    void errorsAreJsonWithAMessageAndNoStackTrace() throws Exception {
        for (String path : new String[] {"/api/articles?q=" + enc("Lavrov AND ("), "/api/articles?limit=0",
                "/api/articles?from=yesterday", "/api/articles?q=nosuch:field", "/api/articles?cursor=zzz",
                "/api/articles?sort=random", "/api/nothing-here"}) {
            HttpResponse<String> r = get(path);
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " → " + r.statusCode());
            JsonNode body = json(r);
            assertEquals(r.statusCode(), body.get("status").asInt());
            assertFalse(body.get("error").asText().isBlank());
            assertFalse(r.body().contains("at org."), r.body());
            assertFalse(r.body().contains("Exception"), r.body());
        }
        HttpResponse<String> tooLong = get("/api/articles?q=" + "a".repeat(2100));
        assertEquals(400, tooLong.statusCode());
    }

    @Test
    void ingestNeedsTheBearerToken() throws Exception {
        String body = "{\"id\":\"posted-1\",\"title\":\"Posted article\",\"published\":\"2025-03-01\","
                + "\"text\":\"Indonesia and Malaysia agreed on Monday to extend their border patrol cooperation in "
                + "the Strait of Malacca, officials said in Jakarta.\"}\n";
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        assertEquals(401, http.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> wrong = http.send(post.header("Authorization", "Bearer nope").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals("posted-1", json(ok).get("stored").get(0).get("id").asText());
        assertEquals("en", json(get("/api/articles/posted-1")).get("language").asText());
        assertEquals(1, json(get("/api/articles?q=" + enc("Malacca patrol"))).get("total").asInt());
    }

    @Test
    void aServerWithoutATokenIsReadOnly(@TempDir Path other) throws Exception {
        try (ArticleIndex idx = ArticleIndex.open(other);
             WartaServer ro = WartaServer.start(idx, Warta.pipeline(WartaOptions.defaults()),
                     WartaServer.Config.defaults().withPort(0))) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ro.url() + "api/articles"))
                    .header("Authorization", "Bearer anything")
                    .POST(HttpRequest.BodyPublishers.ofString("some text")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode());
            assertTrue(json(r).get("error").asText().contains("read-only"));
            assertEquals(0, idx.count());
        }
    }

    @Test
    void limitsTheRequestBody(@TempDir Path other) throws Exception {
        WartaServer.Config small = new WartaServer.Config("127.0.0.1", 0, TOKEN, 1024, 10);
        try (ArticleIndex idx = ArticleIndex.open(other);
             WartaServer s = WartaServer.start(idx, Warta.pipeline(WartaOptions.defaults()), small)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.url() + "api/articles"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("x ".repeat(5000))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, r.statusCode());
            assertTrue(json(r).get("error").asText().contains("larger than"), r.body());
        }
    }

    @Test
    void servesThePageWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script type=\"module\" src=\"/app.js\">"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        for (String file : StaticResources.FILES) {
            if (!file.endsWith(".js")) {
                continue;
            }
            HttpResponse<String> js = get("/" + file);
            assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"), file);
            assertFalse(js.body().contains("innerHTML"), file + ": article text never goes through innerHTML");
            assertFalse(js.body().contains("insertAdjacentHTML"), file);
            assertFalse(js.body().contains("eval("), file);
        }
    }

    @Test
    void healthMetricsAndOpenApi() throws Exception {
        JsonNode health = json(get("/api/health"));
        assertEquals("ok", health.get("status").asText());
        assertTrue(health.get("articles").asInt() >= 28);
        get("/api/articles?q=Rubio");
        String metrics = get("/metrics").body();
        assertTrue(metrics.contains("# TYPE warta_http_requests_total counter"));
        assertTrue(metrics.contains("warta_http_requests_total{route=\"/api/articles\",method=\"GET\",status=\"200\"}"), metrics);
        assertTrue(metrics.contains("warta_index_articles "));
        for (String line : metrics.split("\n")) {
            assertTrue(line.startsWith("#") || line.matches("[a-z_]+(\\{.*\\})? [0-9.E-]+"), line);
        }
        JsonNode openapi = json(get("/api/openapi.json"));
        assertEquals("3.1.0", openapi.get("openapi").asText());
        assertNotNull(openapi.get("paths").get("/api/events"));
    }
}
