package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.testing.Fixtures;

/**
 * The story views of the web page in a real browser (as {@link BrowserTest}): a Vietnamese article and its
 * Indonesian translation, whose source line names the Vietnamese one's URL, are posted to the server with a few
 * bundled examples; the page must show them as one story with the translation edge between them, tie each article
 * to the other, and fold the pair into one search result.
 */
class StoryBrowserTest {
    static final String TOKEN = "story-browser-test";
    static final String SOURCE_ID = "vi-nga-my-kenh-lien-lac";
    static final String TRANSLATION_ID = "id-rusia-as-saluran-komunikasi";
    static final List<String> EXAMPLES = List.of("es-dana-valencia.txt", "de-merz-kanzlerwahl.txt",
            "en-us-uk-trade-deal.txt", "zh-zhongmei-rineiwa.txt");

    @Test
    void storyPageChainRelatedArticlesAndSearchFoldedByStory(@TempDir Path data) throws Exception {
        showsTheStoryOfAPair(data, articles(), TRANSLATION_ID, SOURCE_ID, "stories");
    }

    /**
     * Posts JSON Lines records to a server over a new index in {@code data}, then drives the page through
     * story-test.cjs: the story of {@code translationId} and {@code sourceId} (two articles, two languages, the
     * translated_from edge), the tie on both articles, search folded by story. Screenshots go to target/browser/OUT.
     */
    static void showsTheStoryOfAPair(Path data, String records, String translationId, String sourceId, String outDir)
            throws Exception {
        Optional<Path> node = BrowserTest.onPath("node");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Path modules = Path.of(System.getProperty("warta.browser.modules", ".ci/browser/node_modules"));
        Path script = Path.of(System.getProperty("warta.browser.script", "src/test/browser/page-test.cjs"))
                .resolveSibling("story-test.cjs");
        Path out = Path.of(System.getProperty("warta.browser.out", "target/browser")).resolve(outDir);
        BrowserTest.requireBrowser(node, chromium, modules);

        try (ArticleIndex index = ArticleIndex.open(data);
             WartaServer server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                     WartaServer.Config.defaults().withPort(0).withToken(TOKEN))) {
            HttpResponse<String> posted = post(server, records);
            assertEquals(201, posted.statusCode(), posted.body());

            BrowserTest.runScript(node.get(), script, modules, chromium, out,
                    List.of("stories.png", "story.png", "related.png", "search-folded.png"), server.url(),
                    out.toString(), translationId, sourceId);
        }
    }

    /** The source first, as news arrives: the translation a day later, then unrelated examples. */
    static String articles() throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        lines.append(record(json, SOURCE_ID, Fixtures.text(Fixtures.ARTICLE_ID_SOURCE), null,
                Fixtures.ARTICLE_ID_SOURCE_URL, "2025-02-13T08:00:00Z", "baotinmau.vn"));
        lines.append(record(json, TRANSLATION_ID, Fixtures.text(Fixtures.ARTICLE_ID),
                "Rusia dan AS buka kembali saluran komunikasi kedua kementerian luar negeri",
                "https://berita.example/dunia/rusia-as-saluran-komunikasi", "2025-02-14T03:00:00Z", "berita.example"));
        return lines + examples();
    }

    /** Bundled examples about other events, for the pair's story to stand out among. */
    static String examples() throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (String name : EXAMPLES) {
            String text = Files.readString(Fixtures.examples().resolve(name), StandardCharsets.UTF_8);
            lines.append(record(json, "example-" + name.replace(".txt", ""), text, null, null, null, null));
        }
        return lines.toString();
    }

    static String record(ObjectMapper json, String id, String text, String title, String url, String published,
                                 String site) throws IOException {
        ObjectNode o = json.createObjectNode().put("id", id).put("text", text);
        if (title != null) {
            o.put("title", title);
        }
        if (url != null) {
            o.put("url", url);
        }
        if (published != null) {
            o.put("published", published);
        }
        if (site != null) {
            o.put("site", site);
        }
        return json.writeValueAsString(o) + "\n";
    }

    private static HttpResponse<String> post(WartaServer server, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
