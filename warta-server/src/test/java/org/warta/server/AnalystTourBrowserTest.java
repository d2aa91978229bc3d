package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;

/**
 * The page as an analyst goes through it, in a real browser (as {@link BrowserTest}) on an index of every bundled
 * example: tour-test.cjs opens the overview, searches "Lavrov" and finds the Russian article, opens a story told in
 * three languages, Lavrov's entity page with its graph, the Russia–United States events with a filled chart, and a
 * watchlist's Atom feed; axe-core checks each view, and each is saved as a screenshot.
 */
class AnalystTourBrowserTest {
    static final String TOKEN = "tour-browser-test";

    @Test
    void overviewSearchStoryEntityPairAndFeed(@TempDir Path data) throws Exception {
        Optional<Path> node = BrowserTest.onPath("node");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Path modules = Path.of(System.getProperty("warta.browser.modules", ".ci/browser/node_modules"));
        Path script = Path.of(System.getProperty("warta.browser.script", "src/test/browser/page-test.cjs"))
                .resolveSibling("tour-test.cjs");
        Path out = Path.of(System.getProperty("warta.browser.out", "target/browser")).resolve("tour");
        BrowserTest.requireBrowser(node, chromium, modules);

        try (ArticleIndex index = ArticleIndex.open(data);
             WartaServer server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                     WartaServer.Config.defaults().withPort(0).withToken(TOKEN))) {
            HttpResponse<String> posted = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(OverviewBrowserTest.examples())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, posted.statusCode(), posted.body());

            BrowserTest.runScript(node.get(), script, modules, chromium, out,
                    List.of("1-overview.png", "2-search.png", "3-story.png", "4-entity.png", "5-pairs.png",
                            "6-watchlists.png"),
                    server.url(), out.toString(), TOKEN);
        }
    }
}
