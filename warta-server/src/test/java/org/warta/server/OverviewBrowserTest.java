package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The overview, the start page, in a real browser (as {@link BrowserTest}) on an index of every bundled example: the
 * text files and the JSON Lines feeds and stories. The text files carry no publication date: they count by the day their
 * text names (the Russian one about Lavrov and Rubio in Riyadh by 18 February 2025). overview-test.cjs checks the volume chart, the story lists, the top people and the world map.
 */
class OverviewBrowserTest {
    static final String TOKEN = "overview-browser-test";

    @Test
    void overviewShowsVolumeStoriesPeopleAndAWorldMapThatLeadsToSearch(@TempDir Path data) throws Exception {
        Optional<Path> node = BrowserTest.onPath("node");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Path modules = Path.of(System.getProperty("warta.browser.modules", ".ci/browser/node_modules"));
        Path script = Path.of(System.getProperty("warta.browser.script", "src/test/browser/page-test.cjs"))
                .resolveSibling("overview-test.cjs");
        Path out = Path.of(System.getProperty("warta.browser.out", "target/browser")).resolve("overview");
        BrowserTest.requireBrowser(node, chromium, modules);

        try (ArticleIndex index = ArticleIndex.open(data);
             WartaServer server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                     WartaServer.Config.defaults().withPort(0).withToken(TOKEN))) {
            String examples = examples();
            HttpResponse<String> posted = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(examples)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, posted.statusCode(), posted.body());
            assertEquals(examples.lines().count(), StoriesApiTest.JSON.readTree(posted.body()).path("stored").size(),
                    posted.body());

            BrowserTest.runScript(node.get(), script, modules, chromium, out,
                    List.of("overview.png", "overview-map-events.png"), server.url(), out.toString());
        }
    }

    /** Every bundled example, one JSON Lines record each: the texts, the feed items and the story's articles. */
    static String examples() throws Exception {
        StringBuilder lines = new StringBuilder(NamesBrowserTest.examples());
        for (String feed : List.of("feeds.jsonl", "stories.jsonl")) {
            lines.append(Files.readString(Fixtures.examples().resolve(feed), StandardCharsets.UTF_8).strip())
                    .append('\n');
        }
        return lines.toString();
    }
}
