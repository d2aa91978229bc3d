package org.warta.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The web page's files, read once from the class path: nothing to build, nothing outside the jar. */
final class StaticResources {
    /** The page's entry module, the modules it imports (one per view, with shared building blocks) and its styles. */
    static final List<String> FILES = List.of("app.js", "dom.js", "names.js", "charts.js", "events.js", "search.js",
            "article.js", "entity.js", "stories.js", "story.js", "chain.js", "pairs.js", "app.css", "favicon.svg",
            "overview.js", "countries-110m.json", "graph.js", "suggest.js",
            "watch.js");
    private static final String BASE = "/org/warta/server/web/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "json", "application/json; charset=utf-8");
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    void serve(Context ctx, String name) {
        byte[] bytes = cache.computeIfAbsent(name, StaticResources::load);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(TYPES.getOrDefault(ext, "application/octet-stream")).result(bytes);
    }

    private static byte[] load(String name) {
        try (InputStream in = StaticResources.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
