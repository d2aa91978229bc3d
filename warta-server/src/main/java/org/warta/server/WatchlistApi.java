package org.warta.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.warta.index.ArticleSearcher;
import org.warta.index.EventResult;
import org.warta.index.Matches;
import org.warta.index.SearchRequest;

/**
 * Watchlists over HTTP: saved searches with their newest matches as JSON and as an Atom feed, so that a feed reader
 * can follow a person, a country or a country pair. Matches come newest stored first, so an old article stored
 * today is news to the feed. Creating and deleting need the bearer token, as storing articles does.
 */
final class WatchlistApi {
    /** Matches a feed holds. */
    static final int FEED_ENTRIES = 50;
    /** Events read to find the articles of an events query: its newest events by date. */
    static final int MAX_EVENTS_SCANNED = 10_000;
    private static final int EVENT_PAGE = 1000;

    private final Watchlists store;
    private final Matches matches;
    private final ArticleSearcher searcher;
    private final Consumer<Context> authorize;

    WatchlistApi(Watchlists store, ArticleSearcher searcher, Consumer<Context> authorize) {
        this.store = store;
        this.searcher = searcher;
        this.matches = new Matches(searcher);
        this.authorize = authorize;
    }

    /** Adds the routes, through the server's way of adding one. */
    void register(WartaServer.Verb get, WartaServer.Verb post, WartaServer.Verb delete) {
        WartaServer.route(get, "/api/watchlists", this::list);
        WartaServer.route(post, "/api/watchlists", this::create);
        WartaServer.route(get, "/api/watchlists/{id}", this::show);
        WartaServer.route(delete, "/api/watchlists/{id}", this::delete);
        WartaServer.route(get, "/api/watchlists/{id}/feed.atom", this::feed);
    }

    // ---- handlers

    private void list(Context ctx) {
        ArrayNode out = WartaServer.JSON.createArrayNode();
        for (Watchlist w : usable().all()) {
            ObjectNode o = describe(w);
            o.put("matches", newest(w, 1, null).total());
            out.add(o);
        }
        ObjectNode body = WartaServer.JSON.createObjectNode();
        body.set("watchlists", out);
        json(ctx, 200, body);
    }

    private void create(Context ctx) {
        authorize.accept(ctx);
        usable();
        JsonNode body;
        try {
            body = WartaServer.JSON.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw new WartaServer.ApiException(400, "the body is not JSON: send {\"name\": ..., \"params\": "
                    + "{\"q\": ..., \"lang\": [...], ...}}");
        }
        if (body == null || !body.isObject()) {
            throw new WartaServer.ApiException(400, "the body must be a JSON object with a name and params");
        }
        Map<String, List<String>> params = QueryParams.clean(paramsOf(body.path("params")));
        // runs the search once, so that a bad query or date is refused now rather than in every feed fetch
        newest(new Watchlist("-", "-", "-", params), 1, null);
        Watchlist w;
        try {
            w = store.add(body.path("name").asText(""), params);
        } catch (IllegalStateException e) {
            throw new WartaServer.ApiException(409, e.getMessage());
        }
        ctx.header("Location", "/api/watchlists/" + w.id());
        json(ctx, 201, describe(w));
    }

    private void show(Context ctx) {
        Watchlist w = find(ctx);
        Matches.NewestPage page = newest(w, WartaServer.limit(ctx), WartaServer.param(ctx, "cursor"));
        ObjectNode o = WartaServer.JSON.createObjectNode();
        o.set("watchlist", describe(w));
        o.put("total", page.total());
        ArrayNode list = o.putArray("matches");
        for (ObjectNode a : page.articles()) {
            String id = a.path("id").asText();
            a.put("api_url", "/api/articles/" + id);
            a.put("page_url", "/#/article/" + id);
            list.add(a);
        }
        o.put("next_cursor", page.nextCursor());
        json(ctx, 200, o);
    }

    private void delete(Context ctx) {
        authorize.accept(ctx);
        if (!usable().remove(ctx.pathParam("id"))) {
            throw new WartaServer.ApiException(404, "no watchlist with id '" + ctx.pathParam("id") + "'");
        }
        ctx.status(204);
    }

    private void feed(Context ctx) {
        Watchlist w = find(ctx);
        String base = base(ctx);
        Matches.NewestPage page = newest(w, FEED_ENTRIES, null);
        Feed feed = new Feed("atom_1.0");
        feed.setId("tag:warta,2025:watchlist:" + w.id());
        feed.setTitle("Warta watchlist: " + w.name());
        feed.setAlternateLinks(List.of(link("alternate", base + "/#/watchlists", "text/html", null)));
        feed.setOtherLinks(List.of(link("self", base + "/api/watchlists/" + w.id() + "/feed.atom",
                "application/atom+xml", null)));
        Generator generator = new Generator();
        generator.setValue("Warta");
        feed.setGenerator(generator);
        List<Entry> entries = new ArrayList<>();
        for (ObjectNode a : page.articles()) {
            entries.add(entry(a, base, w));
        }
        feed.setEntries(entries);
        feed.setUpdated(entries.stream().map(Entry::getUpdated).max(Date::compareTo).orElse(created(w)));
        try {
            String xml = new WireFeedOutput().outputString(feed);
            ctx.status(200).contentType("application/atom+xml; charset=utf-8")
                    .result(xml.getBytes(StandardCharsets.UTF_8));
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the feed: " + e.getMessage(), e);
        }
    }

    // ---- matches

    /** The newest stored articles a watchlist matches; for an events query, those holding a matching event. */
    private Matches.NewestPage newest(Watchlist w, int limit, String cursor) {
        Map<String, List<String>> p = w.params();
        boolean events = QueryParams.hasEvents(p);
        SearchRequest search = QueryParams.search(p, 1, null, events);
        return matches.newest(search, events ? articlesWithEvents(p) : null, limit, cursor);
    }

    private Set<String> articlesWithEvents(Map<String, List<String>> p) {
        Set<String> ids = new LinkedHashSet<>();
        String cursor = null;
        for (int read = 0; read < MAX_EVENTS_SCANNED; read += EVENT_PAGE) {
            EventResult r = searcher.events(QueryParams.events(p, EVENT_PAGE, cursor));
            r.events().forEach(e -> ids.add(e.path("article_id").asText()));
            cursor = r.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        return ids;
    }

    private Entry entry(ObjectNode a, String base, Watchlist w) {
        String id = a.path("id").asText();
        Entry e = new Entry();
        e.setId("tag:warta,2025:article:" + id);
        e.setTitle(a.path("title").isTextual() ? a.get("title").asText() : "(untitled)");
        String language = a.path("language").asText(null);
        Link page = link("alternate", base + "/#/article/" + id, "text/html", language);
        Link api = link("related", base + "/api/articles/" + id, "application/json", language);
        List<Link> others = new ArrayList<>(List.of(api));
        if (a.path("url").isTextual() && a.get("url").asText().matches("(?i)https?://.+")) {
            others.add(link("via", a.get("url").asText(), null, language));
        }
        e.setAlternateLinks(List.of(page));
        e.setOtherLinks(others);
        Date published = date(a.path("published").asText(null));
        if (published != null) {
            e.setPublished(published);
        }
        // when the article was stored is not kept; its publication date is the best "updated" known
        e.setUpdated(published != null ? published : created(w));
        String preview = a.path("preview").asText("");
        if (!preview.isBlank()) {
            Content summary = new Content();
            summary.setType("text");
            summary.setValue(preview);
            e.setSummary(summary);
        }
        return e;
    }

    private static Link link(String rel, String href, String type, String hreflang) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(href);
        l.setType(type);
        if (hreflang != null && !hreflang.equals("und")) {
            l.setHreflang(hreflang);
        }
        return l;
    }

    /** A publication date as the index keeps it: an ISO date-time with or without an offset, or a day. */
    static Date date(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Date.from(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Date.from(java.time.LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e2) {
                try {
                    return Date.from(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v)
                            .atStartOfDay(ZoneOffset.UTC).toInstant());
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    private static Date created(Watchlist w) {
        try {
            return Date.from(Instant.parse(w.created()));
        } catch (DateTimeParseException e) {
            return new Date(0);
        }
    }

    // ---- helpers

    private Watchlists usable() {
        if (store.problem() != null) {
            throw new WartaServer.ApiException(503, store.problem());
        }
        return store;
    }

    private Watchlist find(Context ctx) {
        Watchlist w = usable().get(ctx.pathParam("id"));
        if (w == null) {
            throw new WartaServer.ApiException(404, "no watchlist with id '" + ctx.pathParam("id") + "'");
        }
        return w;
    }

    private static ObjectNode describe(Watchlist w) {
        ObjectNode o = WartaServer.JSON.createObjectNode();
        o.put("id", w.id());
        o.put("name", w.name());
        o.put("created", w.created());
        ObjectNode params = o.putObject("params");
        w.params().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ArrayNode values = params.putArray(e.getKey());
            e.getValue().forEach(values::add);
        });
        boolean events = QueryParams.hasEvents(w.params());
        String qs = QueryParams.queryString(new java.util.TreeMap<>(w.params()));
        o.put("kind", events ? "events" : "articles");
        o.put("url", "/api/watchlists/" + w.id());
        o.put("feed_url", "/api/watchlists/" + w.id() + "/feed.atom");
        o.put("search_url", (events ? "/api/events?" : "/api/articles?") + qs);
        return o;
    }

    /** The parameters of a request body: each a string or an array of strings. */
    private static Map<String, List<String>> paramsOf(JsonNode node) {
        if (!node.isObject()) {
            throw new WartaServer.ApiException(400, "'params' must be an object of search parameters, e.g. "
                    + "{\"q\": \"Lavrov\", \"lang\": [\"ru\"]}");
        }
        Map<String, List<String>> out = new java.util.HashMap<>();
        node.fields().forEachRemaining(f -> {
            if (!QueryParams.SEARCH.contains(f.getKey()) && !QueryParams.EVENTS.contains(f.getKey())) {
                throw new WartaServer.ApiException(400, "unknown parameter '" + f.getKey() + "' (known: "
                        + String.join(", ", QueryParams.SEARCH) + ", " + String.join(", ", QueryParams.EVENTS) + ")");
            }
            List<String> values = new ArrayList<>();
            if (f.getValue().isArray()) {
                f.getValue().forEach(v -> values.add(v.asText()));
            } else if (f.getValue().isValueNode() && !f.getValue().isNull()) {
                values.add(f.getValue().asText());
            }
            out.put(f.getKey(), values);
        });
        return out;
    }

    /** Where the server is as the client reached it, for the absolute links a feed needs. */
    private static String base(Context ctx) {
        String host = ctx.header("Host");
        return ctx.scheme() + "://" + (host == null || host.isBlank() ? ctx.host() : host);
    }

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8")
                    .result(WartaServer.JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
