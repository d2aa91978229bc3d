package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.index.SampleArticles;

/**
 * The web page in a real browser: Debian's chromium driven by playwright-core (installed by .ci/run into
 * .ci/browser). Skipped with a message when node, chromium or playwright-core are missing, unless
 * WARTA_BROWSER_TEST=required (as .ci/run sets it), when their absence fails the build.
 */
class BrowserTest {
    @Test
    void searchArticleHighlightsHoverCardsAndNoScriptFromArticles(@TempDir Path data) throws Exception {
        Optional<Path> node = onPath("node");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Path modules = Path.of(System.getProperty("warta.browser.modules", ".ci/browser/node_modules"));
        Path script = Path.of(System.getProperty("warta.browser.script", "src/test/browser/page-test.cjs"));
        Path out = Path.of(System.getProperty("warta.browser.out", "target/browser"));
        requireBrowser(node, chromium, modules);

        try (ArticleIndex index = ArticleIndex.open(data)) {
            index.put(SampleArticles.seed());
            index.put(SampleArticles.english());
            index.put(SampleArticles.hostile());
            SampleArticles.vietnamese(12).forEach(index::put);
            index.commit();
            try (WartaServer server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                    WartaServer.Config.defaults().withPort(0))) {
                runScript(node.get(), script, modules, chromium, out,
                        List.of("search.png", "article.png", "hostile.png", "entity.png", "pairs.png"), server.url(),
                        out.toString());
            }
        }
    }

    /**
     * Serves a new index in {@code data} holding {@code records} (JSON Lines, posted as a client would: see
     * {@link PostedIndex}) and runs the page script {@code name}-test.cjs against it, giving it the token after the
     * base URL and folder; the script's log and screenshots go to target/browser/{@code name}, where each of
     * {@code shots} must be saved.
     */
    static void runOnPosted(Path data, String records, String name, List<String> shots) throws Exception {
        Optional<Path> node = onPath("node");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Path modules = Path.of(System.getProperty("warta.browser.modules", ".ci/browser/node_modules"));
        Path script = Path.of(System.getProperty("warta.browser.script", "src/test/browser/page-test.cjs"))
                .resolveSibling(name + "-test.cjs");
        Path out = Path.of(System.getProperty("warta.browser.out", "target/browser")).resolve(name);
        requireBrowser(node, chromium, modules);
        try (PostedIndex posted = PostedIndex.start(data, records)) {
            runScript(node.get(), script, modules, chromium, out, shots, posted.url(), out.toString(),
                    PostedIndex.TOKEN);
        }
    }

    /**
     * Runs a page script with node against a running server, writing its log and screenshots into {@code out}; fails
     * unless it ends well ({@code "ok":true}) within 3 minutes and saved each of {@code shots}.
     */
    static void runScript(Path node, Path script, Path modules, Path chromium, Path out, List<String> shots,
                          String... args) throws Exception {
        Files.createDirectories(out);
        Path log = out.resolve(script.getFileName().toString().replace(".cjs", ".log"));
        List<String> command = new ArrayList<>(List.of(node.toString(), script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("NODE_PATH", modules.toString());
        pb.environment().put("CHROMIUM", chromium.toString());
        Process p = pb.start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(script.getFileName() + " did not finish in 3 minutes: " + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("\"ok\":true"), output);
        for (String shot : shots) {
            assertTrue(Files.size(out.resolve(shot)) > 10_000, shot + " was saved");
        }
    }

    /** Skips the calling test (or fails it, where WARTA_BROWSER_TEST=required) when the browser cannot run. */
    static void requireBrowser(Optional<Path> node, Path chromium, Path modules) {
        List<String> missing = new ArrayList<>();
        if (node.isEmpty()) {
            missing.add("node (apt-get install nodejs)");
        }
        if (!Files.isExecutable(chromium)) {
            missing.add(chromium + " (apt-get install chromium)");
        }
        if (!Files.isDirectory(modules.resolve("playwright-core"))) {
            missing.add("playwright-core in " + modules + " (npm ci --prefix .ci/browser)");
        }
        if (!missing.isEmpty()) {
            String message = "browser test needs " + String.join(", ", missing) + "; .ci/run installs them";
            if ("required".equals(System.getenv("WARTA_BROWSER_TEST"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
    }

    static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
