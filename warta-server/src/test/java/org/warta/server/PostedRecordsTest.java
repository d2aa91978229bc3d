package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;

/** What a posted record must hold: a text that is a string, else it is refused with the reader's reason. */
class PostedRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "posted-records-token";
    @TempDir
    static Path data;
    static ArticleIndex index;
    static WartaServer server;

    @BeforeAll
    static void start() {
        index = ArticleIndex.open(data);
        server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                WartaServer.Config.defaults().withPort(0).withToken(TOKEN));
    }

    @AfterAll
    static void stop() {
        server.close();
        index.close();
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aNumberForTextIsABadRecordAndNothingIsStored() throws Exception {
        HttpResponse<String> r = post("{\"text\": 42}\n");
        assertEquals(400, r.statusCode(), r.body());
        JsonNode o = JSON.readTree(r.body());
        assertEquals(0, o.get("stored").size());
        assertEquals("bad-record", o.get("failed").get(0).get("reason").asText());
    }

    @Test
    void aGoodRecordBesideABadOneIsStored() throws Exception {
        HttpResponse<String> r = post("{\"id\":\"a\",\"text\":{\"p\":\"x\"}}\n"
                + "{\"id\":\"b\",\"text\":\"Menteri Luar Negeri Sugiono bertemu mitranya di Jakarta pada Senin.\"}\n");
        assertEquals(201, r.statusCode(), r.body());
        JsonNode o = JSON.readTree(r.body());
        assertEquals(1, o.get("stored").size());
        assertEquals("bad-record", o.get("failed").get(0).get("reason").asText());
        assertTrue(o.get("failed").get(0).get("record").asText().endsWith("line 1"), o.toString());
    }
}
