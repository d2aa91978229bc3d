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
 * Watchlists and exports in a real browser (as {@link BrowserTest}): on an index of the bundled examples, watch-test.cjs
 * watches a search from the page with the token, finds it under #/watchlists, follows its Atom feed to an article,
 * exports the search as CSV and deletes the watchlist.
 */
class WatchBrowserTest {
    static final String TOKEN = "watch-browser-test";

    @Test
    void watchFollowExportAndDelete(@TempDir Path data) throws Exception {
        Optional<Path> node = BrowserTest.onPath("node");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Path modules = Path.of(System.getProperty("warta.browser.modules", ".ci/browser/node_modules"));
        Path script = Path.of(System.getProperty("warta.browser.script", "src/test/browser/page-test.cjs"))
                .resolveSibling("watch-test.cjs");
        Path out = Path.of(System.getProperty("warta.browser.out", "target/browser")).resolve("watch");
        BrowserTest.requireBrowser(node, chromium, modules);

        try (ArticleIndex index = ArticleIndex.open(data);
             WartaServer server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                     WartaServer.Config.defaults().withPort(0).withToken(TOKEN))) {
            HttpResponse<String> posted = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(NamesBrowserTest.examples())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, posted.statusCode(), posted.body());

            BrowserTest.runScript(node.get(), script, modules, chromium, out, List.of("watchlists.png"), server.url(),
                    out.toString(), TOKEN);
        }
    }
}
