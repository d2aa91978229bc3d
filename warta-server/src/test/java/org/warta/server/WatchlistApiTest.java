package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.index.SampleArticles;

/**
 * Watchlists on the API: made and deleted only with the token, listed with their counts, and followed as JSON and as
 * an Atom feed that a feed parser reads back, newest stored first, so that an old article stored later leads.
 */
class WatchlistApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TOKEN = PostedIndex.TOKEN;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path data;
    static ArticleIndex index;
    static WartaServer server;
    static PostedIndex served;

    @BeforeAll
    static void start() {
        served = PostedIndex.serving(data, Stream.concat(Stream.of(SampleArticles.seed(), SampleArticles.english()),
                SampleArticles.vietnamese(5).stream()).toList());
        index = served.index;
        server = served.server;
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    static String create(String name, ObjectNode params) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("name", name);
        body.set("params", params);
        HttpResponse<String> r = send("POST", "/api/watchlists", body.toString(), TOKEN);
        assertEquals(201, r.statusCode(), r.body());
        JsonNode w = JSON.readTree(r.body());
        assertEquals("/api/watchlists/" + w.get("id").asText(), r.headers().firstValue("Location").orElse(null));
        return w.get("id").asText();
    }

    static Feed feed(String id) throws Exception {
        HttpResponse<String> r = get("/api/watchlists/" + id + "/feed.atom");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        return (Feed) new WireFeedInput().build(new StringReader(r.body()));
    }

    @Test
    void creatingAndDeletingNeedTheToken() throws Exception {
        String body = "{\"name\": \"Lavrov\", \"params\": {\"q\": \"Lavrov\"}}";
        HttpResponse<String> none = send("POST", "/api/watchlists", body, null);
        assertEquals(401, none.statusCode());
        assertTrue(none.body().contains("missing bearer token"), none.body());
        assertEquals(401, send("POST", "/api/watchlists", body, "wrong").statusCode());
        String id = create("to delete", JSON.createObjectNode().put("q", "Rubio"));
        assertEquals(401, send("DELETE", "/api/watchlists/" + id, null, null).statusCode());
        assertEquals(200, get("/api/watchlists/" + id).statusCode());
        assertEquals(204, send("DELETE", "/api/watchlists/" + id, null, TOKEN).statusCode());
        assertEquals(404, get("/api/watchlists/" + id).statusCode());
        assertEquals(404, send("DELETE", "/api/watchlists/" + id, null, TOKEN).statusCode());
    }

    @Test
    void aReadOnlyServerRefusesWatchlistsWithAReason(@TempDir Path other) throws Exception {
        try (ArticleIndex idx = ArticleIndex.open(other);
             WartaServer ro = WartaServer.start(idx, Warta.pipeline(WartaOptions.defaults()),
                     WartaServer.Config.defaults().withPort(0))) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ro.url() + "api/watchlists"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\", \"params\": {}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode());
            assertTrue(JSON.readTree(r.body()).get("error").asText().contains("read-only"), r.body());
        }
    }

    @Test
    void badDefinitionsAreRefused() throws Exception {
        assertEquals(400, send("POST", "/api/watchlists", "{\"params\": {\"q\": \"x\"}}", TOKEN).statusCode());
        assertEquals(400, send("POST", "/api/watchlists", "not json", TOKEN).statusCode());
        HttpResponse<String> date = send("POST", "/api/watchlists",
                "{\"name\": \"x\", \"params\": {\"from\": \"2025-13-01\"}}", TOKEN);
        assertEquals(400, date.statusCode(), date.body());
        HttpResponse<String> unknown = send("POST", "/api/watchlists",
                "{\"name\": \"x\", \"params\": {\"query\": \"Lavrov\"}}", TOKEN);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("unknown parameter 'query'"), unknown.body());
    }

    @Test
    void theFeedIsAtomWithTheNewestStoredMatchFirst() throws Exception {
        ObjectNode params = JSON.createObjectNode().put("q", "Lavrov");
        params.putArray("lang").add("en").add("id");
        String id = create("Lavrov in English and Indonesian", params);

        Feed before = feed(id);
        assertEquals("tag:warta,2025:watchlist:" + id, before.getId());
        assertEquals(2, before.getEntries().size());
        Entry english = before.getEntries().stream()
                .filter(e -> e.getId().equals("tag:warta,2025:article:en-riyadh-talks")).findFirst().orElseThrow();
        assertEquals("Rubio and Lavrov meet in Riyadh", english.getTitle());
        Link page = english.getAlternateLinks().get(0);
        assertEquals(server.url() + "#/article/en-riyadh-talks", page.getHref());
        assertEquals("en", page.getHreflang());
        assertTrue(english.getOtherLinks().stream()
                .anyMatch(l -> l.getHref().equals(server.url() + "api/articles/en-riyadh-talks")));
        assertNotNull(english.getUpdated());
        assertTrue(english.getSummary().getValue().contains("Riyadh"));

        // an article published years ago, stored now: news to whoever follows the search
        HttpResponse<String> posted = send("POST", "/api/articles", JSON.createObjectNode()
                .put("id", "en-lavrov-archive").put("title", "Lavrov's first year as foreign minister")
                .put("published", "2005-03-09")
                .put("text", "Sergei Lavrov completed his first year as Russia's foreign minister on Wednesday. "
                        + "Diplomats in Moscow said Lavrov had kept the ministry's course steady.")
                .toString(), TOKEN);
        assertEquals(201, posted.statusCode(), posted.body());

        Feed after = feed(id);
        assertEquals(3, after.getEntries().size());
        assertEquals("tag:warta,2025:article:en-lavrov-archive", after.getEntries().get(0).getId());
        assertEquals("Lavrov's first year as foreign minister", after.getEntries().get(0).getTitle());

        JsonNode first = JSON.readTree(get("/api/watchlists/" + id + "?limit=1").body());
        assertEquals(3, first.get("total").asInt());
        assertEquals("en-lavrov-archive", first.get("matches").get(0).get("id").asText());
        assertEquals("/#/article/en-lavrov-archive", first.get("matches").get(0).get("page_url").asText());
        JsonNode second = JSON.readTree(get("/api/watchlists/" + id + "?limit=1&cursor="
                + first.get("next_cursor").asText()).body());
        assertEquals(1, second.get("matches").size());
        assertFalse(second.get("matches").get(0).get("id").asText().equals("en-lavrov-archive"));

        JsonNode listed = JSON.readTree(get("/api/watchlists").body()).get("watchlists");
        JsonNode mine = null;
        for (JsonNode w : listed) {
            if (w.get("id").asText().equals(id)) {
                mine = w;
            }
        }
        assertNotNull(mine);
        assertEquals(3, mine.get("matches").asInt());
        assertEquals("/api/watchlists/" + id + "/feed.atom", mine.get("feed_url").asText());
        assertEquals(List.of("en", "id"), List.of(mine.get("params").get("lang").get(0).asText(),
                mine.get("params").get("lang").get(1).asText()));
    }

    @Test
    void anEventsWatchlistFollowsTheArticlesHoldingItsEvents() throws Exception {
        ObjectNode params = JSON.createObjectNode().put("actor1", "USA").put("actor2", "RUS");
        params.putArray("root").add("11");
        String id = create("US criticises Russia", params);
        Feed f = feed(id);
        assertEquals(1, f.getEntries().size());
        assertEquals("tag:warta,2025:article:en-riyadh-talks", f.getEntries().get(0).getId());
        JsonNode w = JSON.readTree(get("/api/watchlists/" + id).body());
        assertEquals("events", w.get("watchlist").get("kind").asText());
        assertNull(w.get("next_cursor").textValue());
    }

    @Test
    void feedReadersAreNotBlockedByThePageHeaders() throws Exception {
        String id = create("Rubio", JSON.createObjectNode().put("q", "Rubio"));
        HttpResponse<String> r = get("/api/watchlists/" + id + "/feed.atom");
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(r.body().startsWith("<?xml"), r.body());
        assertTrue(r.body().contains("xmlns=\"http://www.w3.org/2005/Atom\""), r.body());
    }
    @Test
    void aBadWatchlistFileIsReportedOnEveryWatchlistRoute(@TempDir Path other) throws Exception {
        java.nio.file.Files.writeString(other.resolve(Watchlists.FILE), "[not json");
        try (ArticleIndex idx = ArticleIndex.open(other);
             WartaServer s = WartaServer.start(idx, Warta.pipeline(WartaOptions.defaults()),
                     WartaServer.Config.defaults().withPort(0).withToken(TOKEN))) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/watchlists"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode());
            assertTrue(JSON.readTree(r.body()).get("error").asText().contains("fix or remove it"), r.body());
            HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/watchlists"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\", \"params\": {}}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, post.statusCode());
            assertEquals("[not json", java.nio.file.Files.readString(other.resolve(Watchlists.FILE)));
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "the rest of the server works");
        }
    }
}
