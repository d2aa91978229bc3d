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
 * Entity suggestions and an entity's page in a real browser (as {@link BrowserTest}), on an index of every bundled
 * example: entity-test.cjs types "Lav", picks Sergei Lavrov with the keyboard and checks his page's graph, events,
 * roles and languages.
 */
class EntityBrowserTest {
    static final String TOKEN = "entity-browser-test";

    @Test
    void typingANameOpensTheEntityPageWithItsGraphEventsRolesAndLanguages(@TempDir Path data) throws Exception {
        Optional<Path> node = BrowserTest.onPath("node");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Path modules = Path.of(System.getProperty("warta.browser.modules", ".ci/browser/node_modules"));
        Path script = Path.of(System.getProperty("warta.browser.script", "src/test/browser/page-test.cjs"))
                .resolveSibling("entity-test.cjs");
        Path out = Path.of(System.getProperty("warta.browser.out", "target/browser")).resolve("entity");
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

            BrowserTest.runScript(node.get(), script, modules, chromium, out, List.of("suggest.png", "entity.png"),
                    server.url(), out.toString());
        }
    }
}
