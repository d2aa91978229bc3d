package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.index.Ingester;
import org.warta.io.InputReader;
import org.warta.testing.Fixtures;
import org.warta.testing.Shared;
import org.warta.testing.SharedData;

/**
 * The seed's chain: the seed (an Indonesian translation whose source line names a Vietnamese article) is ingested,
 * the index closed; its Vietnamese source is ingested later at the URL the seed names. On the API both are one story,
 * the seed says {@code translated_from} and the source {@code translated_as}, and the story's chain runs from the
 * source to the seed.
 */
@SharedData("seed/lavrov-rubio-id.txt")
class SeedChainTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static Path records(Path dir, String name, String id, String url, String text) throws Exception {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        if (url != null) {
            o.put("url", url);
        }
        o.put("text", text);
        return Files.writeString(dir.resolve(name), o + "\n");
    }

    static void ingest(Path data, Path file) {
        try (ArticleIndex index = ArticleIndex.open(data)) {
            Ingester.Result r = new Ingester(index, Warta.pipeline(WartaOptions.defaults()),
                    new Ingester.Options(1, 100)).run(List.of(file.toString()), InputReader.standard(), () -> { });
            assertEquals(1, r.added(), r.describe());
        }
    }

    @Test
    void theSeedAndItsSourceAreOneStoryWithTheTieBothWays(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        String seed = Files.readString(Shared.path("seed/lavrov-rubio-id.txt"));
        ingest(data, records(dir, "seed.jsonl", "seed", null, seed));
        ingest(data, records(dir, "source.jsonl", "source", Fixtures.SEED_SOURCE_URL,
                Fixtures.text(Fixtures.SEED_SOURCE)));
        try (ArticleIndex index = ArticleIndex.openReadOnly(data);
             WartaServer server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                     WartaServer.Config.defaults().withPort(0))) {
            JsonNode seedArticle = get(server, "api/articles/seed");
            JsonNode sourceArticle = get(server, "api/articles/source");
            assertEquals(sourceArticle.path("story").path("id"), seedArticle.path("story").path("id"));
            assertEquals(List.of("translated_from"), StoriesApiTest.relations(seedArticle, "source"));
            assertEquals(List.of("translated_as"), StoriesApiTest.relations(sourceArticle, "seed"));
            JsonNode story = get(server, "api/stories/" + seedArticle.path("story").path("id").asText());
            assertEquals(2, story.path("size").asInt());
            JsonNode edge = story.path("chain").path("edges").get(0);
            assertEquals("source", edge.path("from").asText(), story.path("chain").toString());
            assertEquals("seed", edge.path("to").asText());
            assertEquals("translated_from", edge.path("relation").asText());
        }
    }

    static JsonNode get(WartaServer server, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }
}
