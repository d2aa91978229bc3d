package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.model.Article;

/**
 * A server over a new index that holds JSON Lines records posted to it as a client would post them (with the token
 * {@link #TOKEN}): what the API and page tests run against. Close it when done.
 */
final class PostedIndex implements AutoCloseable {
    static final String TOKEN = "posted-index-test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final ArticleIndex index;
    final WartaServer server;

    private PostedIndex(ArticleIndex index, WartaServer server) {
        this.index = index;
        this.server = server;
    }

    /** Opens an index in {@code data}, serves it, and posts {@code records}: each must be stored. */
    static PostedIndex start(Path data, String records) throws Exception {
        ArticleIndex index = ArticleIndex.open(data);
        PostedIndex posted = new PostedIndex(index, WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                WartaServer.Config.defaults().withPort(0).withToken(TOKEN)));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(posted.url() + "api/articles"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(records)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(records.lines().count(), StoriesApiTest.JSON.readTree(r.body()).path("stored").size(), r.body());
        return posted;
    }

    /** Opens an index in {@code data} holding {@code articles} (already processed, stored as they are) and serves it. */
    static PostedIndex serving(Path data, List<Article> articles) {
        ArticleIndex index = ArticleIndex.open(data);
        articles.forEach(index::put);
        index.commit();
        return new PostedIndex(index, WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                WartaServer.Config.defaults().withPort(0).withToken(TOKEN)));
    }

    String url() {
        return server.url();
    }

    /** GET of a path under the server's root ("api/..."). */
    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET of a path that must answer 200, its body read as JSON. */
    JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return StoriesApiTest.JSON.readTree(r.body());
    }

    @Override
    public void close() {
        server.close();
        index.close();
    }
}
