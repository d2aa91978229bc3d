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
 * The country-pair view in a real browser (as {@link BrowserTest}) on the bundled examples: pairs-test.cjs picks
 * countries by name and an event type by its name, sees a filled chart with the Goldstein average and the undated
 * count beside it, and pages the event table.
 */
class PairsBrowserTest {
    static final String TOKEN = "pairs-browser-test";

    @Test
    void countryPairViewFillsItsChartsAndPagesItsTable(@TempDir Path data) throws Exception {
        Optional<Path> node = BrowserTest.onPath("node");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Path modules = Path.of(System.getProperty("warta.browser.modules", ".ci/browser/node_modules"));
        Path script = Path.of(System.getProperty("warta.browser.script", "src/test/browser/page-test.cjs"))
                .resolveSibling("pairs-test.cjs");
        Path out = Path.of(System.getProperty("warta.browser.out", "target/browser")).resolve("pairs");
        BrowserTest.requireBrowser(node, chromium, modules);

        try (ArticleIndex index = ArticleIndex.open(data);
             WartaServer server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                     WartaServer.Config.defaults().withPort(0).withToken(TOKEN))) {
            HttpResponse<String> posted = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(EventTimelinesApiTest.examples())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, posted.statusCode(), posted.body());

            BrowserTest.runScript(node.get(), script, modules, chromium, out,
                    List.of("pairs.png", "pairs-undated.png"), server.url(), out.toString());
        }
    }
}
