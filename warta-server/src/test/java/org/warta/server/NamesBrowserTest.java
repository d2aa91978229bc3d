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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.testing.Fixtures;

/**
 * Names instead of codes on the web page, and facets past their first ten values, in a real browser (as
 * {@link BrowserTest}): every bundled example, in twelve languages, is posted to the server, and names-test.cjs checks
 * that the language facet names them, that "more" lists all twelve and that its filter box finds one.
 */
class NamesBrowserTest {
    static final String TOKEN = "names-browser-test";

    @Test
    void languageFacetNamesEveryLanguageAndListsMoreThanTen(@TempDir Path data) throws Exception {
        Optional<Path> node = BrowserTest.onPath("node");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Path modules = Path.of(System.getProperty("warta.browser.modules", ".ci/browser/node_modules"));
        Path script = Path.of(System.getProperty("warta.browser.script", "src/test/browser/page-test.cjs"))
                .resolveSibling("names-test.cjs");
        Path out = Path.of(System.getProperty("warta.browser.out", "target/browser")).resolve("names");
        BrowserTest.requireBrowser(node, chromium, modules);

        try (ArticleIndex index = ArticleIndex.open(data);
             WartaServer server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                     WartaServer.Config.defaults().withPort(0).withToken(TOKEN))) {
            HttpResponse<String> posted = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "api/articles"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(examples())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, posted.statusCode(), posted.body());

            BrowserTest.runScript(node.get(), script, modules, chromium, out, List.of("facet-more.png"), server.url(),
                    out.toString());
        }
    }

    /** Every bundled example article, one JSON Lines record each. */
    static String examples() throws Exception {
        StringBuilder lines = new StringBuilder();
        try (Stream<Path> files = Files.list(Fixtures.examples())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".txt", "");
                lines.append(StoryBrowserTest.record(StoriesApiTest.JSON, "example-" + name,
                        Files.readString(f, StandardCharsets.UTF_8), null, null, null, null));
            }
        }
        return lines.toString();
    }
}
