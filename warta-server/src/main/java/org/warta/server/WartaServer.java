package org.warta.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.warta.index.ArticleIndex;
import org.warta.index.ArticleSearcher;
import org.warta.index.EventRequest;
import org.warta.index.EventResult;
import org.warta.index.ResultJson;
import org.warta.index.SearchRequest;
import org.warta.index.SearchResult;
import org.warta.index.StoryList;
import org.warta.index.StoryRequest;
import org.warta.index.StorySearcher;
import org.warta.io.CollectedRecords;
import org.warta.io.Failure;
import org.warta.io.InputReader;
import org.warta.io.ReadLimits;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.pipeline.BudgetExceeded;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.Pipeline;

/**
 * The HTTP API and the web page, in one process over one index. Read-only unless a bearer token is configured;
 * binds to 127.0.0.1 unless told otherwise. Every error is a JSON object with a message, never a stack trace.
 */
public final class WartaServer implements AutoCloseable {
    /**
     * @param host          address to bind to
     * @param port          port, 0 for any free one
     * @param token         bearer token that allows POST /api/articles; null makes the server read-only
     * @param maxBodyBytes  largest request body accepted
     * @param maxPostRecords most articles one POST may carry
     */
    public record Config(String host, int port, String token, long maxBodyBytes, int maxPostRecords) {
        public static Config defaults() {
            return new Config("127.0.0.1", 8080, null, 16L * 1024 * 1024, 1000);
        }

        public Config withPort(int p) {
            return new Config(host, p, token, maxBodyBytes, maxPostRecords);
        }

        public Config withHost(String h) {
            return new Config(h, port, token, maxBodyBytes, maxPostRecords);
        }

        public Config withToken(String t) {
            return new Config(host, port, t == null || t.isBlank() ? null : t.strip(), maxBodyBytes, maxPostRecords);
        }
    }

    /** What a browser may do with the page: only its own scripts, styles and API; nothing inline, no frames. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** Headers on every answer, errors included, whoever writes them (a route, Javalin or Jetty). */
    static final Map<String, String> SECURITY_HEADERS = securityHeaders();
    static final ObjectMapper JSON = ResultJson.MAPPER;
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_PAGE = 200;
    private static final int DEFAULT_FACET_LIMIT = 10;
    private static final ObjectNode NAMES = Names.build(JSON);

    private final ArticleIndex index;
    private final ArticleSearcher searcher;
    private final StorySearcher stories;
    private final OverviewApi overview;
    private final EntityApi entities;
    private final Pipeline pipeline;
    private final Config config;
    private final Metrics metrics = new Metrics();
    private final StaticResources web = new StaticResources();
    private final Javalin app;

    /**
     * Jetty's workers: a few per core (a request is CPU work on the index, not waiting), so that requests beyond
     * them wait their turn in the queue rather than all sharing the cores at once.
     */
    private static QueuedThreadPool threadPool() {
        int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
        QueuedThreadPool pool = new QueuedThreadPool(threads, 8, 60_000);
        pool.setName("warta-http");
        return pool;
    }

    private static Map<String, String> securityHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        return Collections.unmodifiableMap(h);
    }

    private WartaServer(ArticleIndex index, Pipeline pipeline, Config config) {
        this.index = index;
        this.searcher = new ArticleSearcher(index);
        this.stories = new StorySearcher(searcher);
        this.overview = new OverviewApi(searcher);
        this.entities = new EntityApi(searcher);
        this.pipeline = pipeline;
        this.config = config;
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.jetty.threadPool = threadPool();
            JsonErrorHandler jettyErrors = new JsonErrorHandler(config.maxBodyBytes());
            c.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
            c.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
            c.routes.before(ctx -> {
                ctx.attribute("t0", System.nanoTime());
                SECURITY_HEADERS.forEach(ctx::header);
            });
            c.routes.after(ctx -> {
                Long t0 = ctx.attribute("t0");
                String route = ctx.attribute("route");
                metrics.request(route == null ? "other" : route, ctx.method().name(), ctx.statusCode(),
                        t0 == null ? 0 : System.nanoTime() - t0);
            });
            route(c.routes::get, "/", ctx -> web.serve(ctx, "index.html"));
            for (String file : StaticResources.FILES) {
                route(c.routes::get, "/" + file, ctx -> web.serve(ctx, file));
            }
            route(c.routes::get, "/api/health", this::health);
            route(c.routes::get, "/api/articles", this::search);
            route(c.routes::post, "/api/articles", this::ingest);
            // before /api/articles/{id}, which would take "export" for an id
            new ExportApi(searcher).register(c.routes::get);
            route(c.routes::get, "/api/articles/{id}", this::article);
            route(c.routes::get, "/api/entities/{key}", entities::entity);
            route(c.routes::get, "/api/stories", this::stories);
            route(c.routes::get, "/api/stories/{id}", this::story);
            route(c.routes::get, "/api/events", this::events);
            route(c.routes::get, "/api/names", this::names);
            route(c.routes::get, "/api/overview", overview::overview);
            route(c.routes::get, "/api/suggest", entities::suggest);
            route(c.routes::get, "/api/openapi.json", ctx -> web.serve(ctx, "openapi.json"));
            new WatchlistApi(Watchlists.open(index.dataDir()), searcher, this::authorize)
                    .register(c.routes::get, c.routes::post, c.routes::delete);
            route(c.routes::get, "/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.render(index.count(), index.sizeOnDisk())));
            c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    e.getStatus() == 413 ? "the request body is larger than " + config.maxBodyBytes() + " bytes"
                            : String.valueOf(e.getMessage())));
            c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
            c.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            c.routes.exception(DateTimeParseException.class, (e, ctx) -> error(ctx, 400,
                    "not a date: '" + e.getParsedString() + "' (use YYYY-MM-DD or YYYY-MM)"));
            c.routes.exception(Exception.class, (e, ctx) -> {
                String ref = UUID.randomUUID().toString().substring(0, 8);
                System.err.println("warta serve: internal error " + ref + " on " + ctx.method() + " " + ctx.path()
                        + ": " + e);
                error(ctx, 500, "internal error (reference " + ref + ")");
            });
            c.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")) {
                    error(ctx, 404, "no such page: " + ctx.path());
                }
            });
            c.routes.error(405, ctx -> error(ctx, 405, "method not allowed on " + ctx.path()));
        });
    }

    interface Verb {
        Object add(String path, Handler handler);
    }

    static void route(Verb verb, String path, Handler handler) {
        verb.add(path, ctx -> {
            ctx.attribute("route", path);
            handler.handle(ctx);
        });
    }

    /** Starts a server over an open index; POSTed articles run through the pipeline. */
    public static WartaServer start(ArticleIndex index, Pipeline pipeline, Config config) {
        WartaServer s = new WartaServer(index, pipeline, config);
        s.app.start();
        return s;
    }

    public int port() {
        return app.port();
    }

    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port() + "/";
    }

    public boolean readOnly() {
        return config.token() == null;
    }

    @Override
    public void close() {
        app.stop();
    }

    // ---- handlers

    private void health(Context ctx) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", "ok");
        o.put("articles", index.count());
        o.put("read_only", readOnly());
        json(ctx, 200, o);
    }

    private void search(Context ctx) {
        SearchRequest r = new SearchRequest(param(ctx, "q"), multi(ctx, "lang"), multi(ctx, "country"),
                multi(ctx, "entity"), multi(ctx, "event"), multi(ctx, "outlet"), from(param(ctx, "from")),
                to(param(ctx, "to")), limit(ctx), param(ctx, "cursor"), order(param(ctx, "sort")),
                !"false".equals(param(ctx, "facets")), !"false".equals(param(ctx, "snippets")));
        json(ctx, 200, searcher.search(r, collapse(param(ctx, "collapse")), facetLimit(ctx)));
    }

    private static int facetLimit(Context ctx) {
        String v = param(ctx, "facet_limit");
        if (v == null) {
            return DEFAULT_FACET_LIMIT;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1 || n > ArticleSearcher.MAX_FACET_LIMIT) {
                throw new ApiException(400, "facet_limit must be between 1 and " + ArticleSearcher.MAX_FACET_LIMIT);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "facet_limit is not a number: '" + v + "'");
        }
    }

    /** The names of languages, countries, CAMEO codes and QuadClasses; the same for every index, so cached an hour. */
    private void names(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=3600");
        json(ctx, 200, NAMES);
    }

    private static boolean collapse(String v) {
        if (v == null) {
            return false;
        }
        if (!v.equals("story")) {
            throw new ApiException(400, "collapse must be 'story'");
        }
        return true;
    }

    private void article(Context ctx) {
        ObjectNode article = stories.article(ctx.pathParam("id"));
        if (article == null) {
            throw new ApiException(404, "no article with id '" + ctx.pathParam("id") + "'");
        }
        json(ctx, 200, article);
    }

    private void stories(Context ctx) {
        StoryRequest r = new StoryRequest(param(ctx, "q"), multi(ctx, "lang"), multi(ctx, "country"),
                multi(ctx, "entity"), from(param(ctx, "from")), to(param(ctx, "to")),
                storyOrder(param(ctx, "sort")), limit(ctx), param(ctx, "cursor"));
        StoryList list = stories.stories(r);
        json(ctx, 200, list);
    }

    private void story(Context ctx) {
        ObjectNode story = stories.story(ctx.pathParam("id"));
        if (story == null) {
            throw new ApiException(404, "no story with id '" + ctx.pathParam("id") + "'");
        }
        json(ctx, 200, story);
    }

    private static StoryRequest.Order storyOrder(String v) {
        if (v == null) {
            return StoryRequest.Order.NEWEST;
        }
        return switch (v) {
            case "newest" -> StoryRequest.Order.NEWEST;
            case "largest" -> StoryRequest.Order.LARGEST;
            default -> throw new ApiException(400, "sort must be 'newest' or 'largest'");
        };
    }

    private void events(Context ctx) {
        EventRequest r = new EventRequest(param(ctx, "actor1"), param(ctx, "actor2"), param(ctx, "actor"),
                multi(ctx, "root"), from(param(ctx, "from")), to(param(ctx, "to")),
                "true".equals(param(ctx, "both")), limit(ctx), param(ctx, "cursor"));
        EventResult result = searcher.events(r);
        for (ObjectNode e : result.events()) {
            e.put("article_url", "/api/articles/" + e.path("article_id").asText());
        }
        json(ctx, 200, result);
    }

    private void ingest(Context ctx) {
        authorize(ctx);
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new ApiException(400, "the request body is empty: send JSON Lines (one {\"text\": ...} object a "
                    + "line), a JSON object, or plain text");
        }
        CollectedRecords read = new CollectedRecords();
        new InputReader(ReadLimits.of(pipeline.budget()), new ByteArrayInputStream(body)).read(List.of("-"), read);
        List<RawDocument> docs = read.documents();
        List<Failure> failures = new ArrayList<>(read.failures());
        failures.addAll(read.skipped());
        if (docs.size() > config.maxPostRecords()) {
            throw new ApiException(413, "the body holds " + docs.size() + " articles; at most "
                    + config.maxPostRecords() + " are accepted per request");
        }
        ArrayNode stored = JSON.createArrayNode();
        // One time budget for the whole request, so a body of many records never holds a worker much longer.
        Deadline request = Deadline.after(pipeline.budget().maxRecordTime(), "one request");
        for (RawDocument d : docs) {
            if (request.passed()) {
                failures.add(new Failure(d.source(), "too-slow", "not processed: the request used up its time limit "
                        + "on the records before it; send fewer articles per request"));
                continue;
            }
            Article a;
            try {
                a = pipeline.process(d, request);
            } catch (BudgetExceeded e) {
                failures.add(Failure.overBudget(d.source(), e));
                continue;
            }
            a = index.put(a);
            stored.addObject().put("id", a.id()).put("language", a.language().code())
                    .put("title", a.metadata().title()).put("url", "/api/articles/" + a.id())
                    .put("story", a.story() == null ? null : a.story().id());
        }
        if (!stored.isEmpty()) {
            index.commit();
        }
        metrics.ingested.add(stored.size());
        metrics.ingestFailed.add(failures.size());
        ObjectNode o = JSON.createObjectNode();
        o.set("stored", stored);
        ArrayNode failed = o.putArray("failed");
        failures.forEach(f -> failed.addObject().put("record", f.source().describe()).put("reason", f.reason())
                .put("message", f.message()));
        json(ctx, !stored.isEmpty() ? 201 : nothingStored(failures), o);
    }

    /** 413 when every record was too large, 422 when one was too slow to process, else 400. */
    private static int nothingStored(List<Failure> failures) {
        if (!failures.isEmpty() && failures.stream().allMatch(f -> f.reason().equals(BudgetExceeded.TOO_LARGE))) {
            return 413;
        }
        return failures.stream().anyMatch(f -> f.reason().equals(BudgetExceeded.TOO_SLOW)) ? 422 : 400;
    }

    void authorize(Context ctx) {
        if (config.token() == null) {
            throw new ApiException(403, "this server is read-only: start it with a token (WARTA_TOKEN or "
                    + "--token-file) to accept articles or watchlists");
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip()
                : "";
        boolean ok = MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                config.token().getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"warta\"");
            throw new ApiException(401, header == null ? "missing bearer token (Authorization: Bearer ...)"
                    : "wrong bearer token");
        }
    }

    // ---- parameters and answers

    static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v;
    }

    /** A filter given as repeated parameters, comma-separated values, or both. */
    private static List<String> multi(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        if (out.size() > 100) {
            throw new ApiException(400, "too many values for '" + name + "' (at most 100)");
        }
        return out;
    }

    static int limit(Context ctx) {
        String v = param(ctx, "limit");
        if (v == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 1 || n > MAX_PAGE) {
                throw new ApiException(400, "limit must be between 1 and " + MAX_PAGE);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "limit is not a number: '" + v + "'");
        }
    }

    static SearchRequest.Order order(String v) {
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "relevance" -> SearchRequest.Order.RELEVANCE;
            case "date" -> SearchRequest.Order.DATE;
            default -> throw new ApiException(400, "sort must be 'relevance' or 'date'");
        };
    }

    static LocalDate from(String v) {
        if (v == null) {
            return null;
        }
        return v.length() == 7 ? YearMonth.parse(v).atDay(1) : LocalDate.parse(v);
    }

    static LocalDate to(String v) {
        if (v == null) {
            return null;
        }
        return v.length() == 7 ? YearMonth.parse(v).atEndOfMonth() : LocalDate.parse(v);
    }

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void error(Context ctx, int status, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", status);
        o.put("error", message == null ? "error" : message);
        json(ctx, status, o);
    }

    /** An answer other than 200, with its message for the client. */
    static final class ApiException extends RuntimeException {
        final int status;

        ApiException(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
