package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.model.Article;
import org.warta.model.Layer;
import org.warta.pipeline.Budget;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;

/** POST /api/articles holds each record to the pipeline's budget and answers with the failure of those over it. */
class PostBudgetTest {
    private static final String TOKEN = "budget-token-9d1e";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** After the standard stages: work that never ends on an article saying "LAMBAT", checking its deadline. */
    private static final Stage ENDLESS_ON_CUE = Stage.of("endless", Set.of(Layer.TEXT), Set.of(), article -> {
        while (article.text().contains("LAMBAT")) {
            Deadline.check();
        }
        return article;
    });

    /** After the standard stages: 700 ms of work on an article saying "PELAN", checking its deadline. */
    private static final Stage SLOWISH_ON_CUE = Stage.of("slowish", Set.of(Layer.TEXT), Set.of(), article -> {
        long end = System.nanoTime() + Duration.ofMillis(700).toNanos();
        while (article.text().contains("PELAN") && System.nanoTime() < end) {
            Deadline.check();
        }
        return article;
    });

    private static String line(String id, String text) {
        return "{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}\n";
    }

    private static HttpResponse<String> post(WartaServer server, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void recordsOverTheBudgetFailWithTheirReasonAndTheOthersAreStored(@TempDir Path data) throws Exception {
        List<Stage> stages = new ArrayList<>(Pipelines.stages(WartaOptions.defaults()));
        stages.add(ENDLESS_ON_CUE);
        Pipeline pipeline = Pipeline.of(stages, new Budget(1000, Duration.ofSeconds(2)));
        String good = "Indonesia and Malaysia agreed on Monday to extend their border patrols in the Strait of Malacca.";
        try (ArticleIndex index = ArticleIndex.open(data);
             WartaServer server = WartaServer.start(index, pipeline,
                     WartaServer.Config.defaults().withPort(0).withToken(TOKEN))) {
            HttpResponse<String> large = post(server, line("large", "Hanoi opened a new metro line. ".repeat(40)));
            assertEquals(413, large.statusCode(), large.body());
            JsonNode refused = JSON.readTree(large.body()).get("failed").get(0);
            assertEquals("too-large", refused.get("reason").asText());
            assertTrue(refused.get("message").asText().contains("1000-byte limit"), large.body());

            HttpResponse<String> slow = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                    post(server, line("slow", "LAMBAT: the council met again on Tuesday in Surabaya.")));
            assertEquals(422, slow.statusCode(), slow.body());
            JsonNode stopped = JSON.readTree(slow.body()).get("failed").get(0);
            assertEquals("too-slow", stopped.get("reason").asText());
            assertTrue(stopped.get("message").asText().contains("stage 'endless'"), slow.body());

            HttpResponse<String> mixed = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                    post(server, line("ok", good) + line("slow", "LAMBAT again in Surabaya.")));
            assertEquals(201, mixed.statusCode(), mixed.body());
            JsonNode answer = JSON.readTree(mixed.body());
            assertEquals("ok", answer.get("stored").get(0).get("id").asText());
            assertEquals("too-slow", answer.get("failed").get(0).get("reason").asText());
            assertEquals(1, index.count());
        }
    }

    @Test
    void oneRequestOfManyRecordsIsHeldToOneTimeBudgetInAll(@TempDir Path data) throws Exception {
        List<Stage> stages = new ArrayList<>(Pipelines.stages(WartaOptions.defaults()));
        stages.add(SLOWISH_ON_CUE);
        Pipeline pipeline = Pipeline.of(stages, new Budget(100_000, Duration.ofSeconds(2)));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            body.append(line("r" + i, "PELAN: the council of ward " + i + " met on Tuesday in Surabaya."));
        }
        try (ArticleIndex index = ArticleIndex.open(data);
             WartaServer server = WartaServer.start(index, pipeline,
                     WartaServer.Config.defaults().withPort(0).withToken(TOKEN))) {
            HttpResponse<String> r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> post(server, body.toString()));
            JsonNode answer = JSON.readTree(r.body());
            int stored = answer.get("stored").size();
            int failed = answer.get("failed").size();
            assertEquals(8, stored + failed, r.body());
            assertTrue(stored >= 1 && stored <= 3, "each record fits the budget, eight together do not: " + r.body());
            JsonNode last = answer.get("failed").get(failed - 1);
            assertEquals("too-slow", last.get("reason").asText());
            assertTrue(last.get("message").asText().contains("request"), r.body());
        }
    }
}
