package org.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.server.WartaServer;

/**
 * How long each view of the page waits for the API, over HTTP on loopback, one view at a time as one person uses the
 * page: a view's time is that of its requests, the slowest where the page sends them together. The parameters are
 * drawn from the index (words of its titles, its entities, languages, countries, stories, article ids).
 */
final class ViewLatency {
    /** What a view asks: the requests it sends together (their paths and queries), drawn afresh for each visit. */
    record View(String name, String asks, Function<Draw, List<String>> requests) {
    }

    /**
     * The page's views and what each asks the API, as its module does. A new view is one more line here.
     */
    static final List<View> VIEWS = List.of(
            new View("overview", "the start page: the last 30 days, or every day, or one language (overview.js)",
                    d -> List.of("/api/overview" + switch (d.random().nextInt(3)) {
                        case 0 -> "";
                        case 1 -> "?days=all";
                        default -> "?days=all&lang=" + d.one(d.m().languages());
                    })),
            new View("articles", "the newest articles, facets, one per story (search.js with no words)",
                    d -> List.of("/api/articles?limit=20&collapse=story")),
            new View("suggest", "entity names starting with the first 2-4 letters of a word, as typed (suggest.js)",
                    d -> {
                        String word = d.words(1);
                        return List.of("/api/suggest?limit=8&q="
                                + enc(word.substring(0, Math.min(word.length(), 2 + d.random().nextInt(3)))));
                    }),
            new View("search", "1-3 words of a title, facets, snippets, one per story (search.js)",
                    d -> List.of("/api/articles?limit=20&collapse=story&q=" + enc(d.words(1 + d.random().nextInt(3))))),
            new View("search-filtered", "a word and a language or an entity facet value",
                    d -> List.of("/api/articles?limit=20&collapse=story&q=" + enc(d.words(1))
                            + (d.random().nextBoolean() ? "&lang=" + d.one(d.m().languages())
                            : "&entity=" + enc(d.one(d.m().entities()))))),
            new View("facet-more", "every value of one facet (the \"more\" button)",
                    d -> List.of("/api/articles?limit=1&snippets=false&facet_limit=500&q=" + enc(d.words(1)))),
            new View("article", "one article by id (article.js)",
                    d -> List.of("/api/articles/" + segment(d.one(d.m().ids())))),
            new View("stories", "the stories list, newest or largest first (stories.js)",
                    d -> List.of("/api/stories?limit=20&sort=" + (d.random().nextBoolean() ? "newest" : "largest"))),
            new View("story", "one story (story.js)",
                    d -> List.of("/api/stories/" + segment(d.one(d.stories())))),
            new View("entity", "an entity page, then its events as source and as target together (entity.js)",
                    d -> List.of("/api/entities/" + segment(d.one(d.m().entities())))),
            new View("entity-events", "the entity page's two event tables, a page of each together (entity.js)",
                    d -> {
                        String key = enc(d.one(d.m().countries()));
                        return List.of("/api/events?limit=10&actor1=" + key, "/api/events?limit=10&actor2=" + key);
                    }),
            new View("pairs", "events between two countries, both ways, a page of the table (pairs.js)",
                    d -> List.of("/api/events?limit=10&both=true&actor1=" + d.one(d.m().countries())
                            + "&actor2=" + d.one(d.m().countries()))),
            new View("watchlists", "the saved searches (watch.js)", d -> List.of("/api/watchlists")),
            new View("names", "the names of codes, read once by the page (names.js)",
                    d -> List.of("/api/names")));

    /** What the parameters are drawn from, and the draw of this visit. */
    record Draw(ApiLoad.Material m, List<String> stories, Random random) {
        <T> T one(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        /** Words of one title, as someone who read it would search for it. */
        String words(int n) {
            List<String> title = one(m.titles());
            int start = random.nextInt(title.size());
            Set<String> out = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
                out.add(title.get((start + i * 2) % title.size()));
            }
            return String.join(" ", out);
        }
    }

    /** One view's visits: milliseconds at the 50th, 95th and 99th percentiles, and the requests that failed. */
    record Figures(View view, int visits, double p50, double p95, double p99, int errors, String firstError) {
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ViewLatency(String baseUrl) {
        this.base = baseUrl;
    }

    /** Serves the index on loopback and times {@code visits} visits of each view after {@code warmup} untimed ones. */
    static List<Figures> measure(ArticleIndex index, int visits, int warmup) {
        try (WartaServer server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                WartaServer.Config.defaults().withHost("127.0.0.1").withPort(0))) {
            String url = server.url().endsWith("/") ? server.url().substring(0, server.url().length() - 1) : server.url();
            ViewLatency timer = new ViewLatency(url);
            ApiLoad.Material material = ApiLoad.Material.of(index);
            List<String> stories = timer.storyIds();
            List<Figures> out = new ArrayList<>();
            for (View v : VIEWS) {
                out.add(timer.time(v, new Draw(material, stories, new Random(11)), visits, warmup));
            }
            return out;
        }
    }

    /** Ids of stories, newest and largest, for the story view; empty when the index has none. */
    private List<String> storyIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (String sort : List.of("newest", "largest")) {
            Answer a = get("/api/stories?limit=100&sort=" + sort);
            if (a.ok()) {
                try {
                    new ObjectMapper().readTree(a.body()).path("stories").forEach(s -> ids.add(s.path("id").asText()));
                } catch (IOException e) {
                    // no stories to draw from: the story view is reported as not measured
                }
            }
        }
        ids.remove("");
        return List.copyOf(ids);
    }

    private Figures time(View view, Draw draw, int visits, int warmup) {
        double[] ms = new double[visits];
        int errors = 0;
        String firstError = null;
        for (int i = -warmup; i < visits; i++) {
            List<String> requests;
            try {
                requests = view.requests().apply(draw);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                return new Figures(view, 0, Double.NaN, Double.NaN, Double.NaN, 0, "nothing in the index to draw from");
            }
            long t = System.nanoTime();
            List<Answer> answers = requests.size() == 1 ? List.of(get(requests.get(0)))
                    : requests.parallelStream().map(this::get).toList();
            double took = requests.size() == 1 ? (System.nanoTime() - t) / 1e6
                    : answers.stream().mapToDouble(Answer::millis).max().orElse(0);
            if (i >= 0) {
                ms[i] = took;
                for (Answer a : answers) {
                    if (!a.ok()) {
                        errors++;
                        firstError = firstError == null ? a.status() + " " + a.target() : firstError;
                    }
                }
            }
        }
        Arrays.sort(ms);
        return new Figures(view, visits, SearchBench.percentile(ms, 50), SearchBench.percentile(ms, 95),
                SearchBench.percentile(ms, 99), errors, firstError);
    }

    private record Answer(String target, int status, byte[] body, double millis) {
        boolean ok() {
            return status == 200;
        }
    }

    private Answer get(String target) {
        long t = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + target))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(target, r.statusCode(), r.body(), (System.nanoTime() - t) / 1e6);
        } catch (IOException e) {
            return new Answer(target, -1, new byte[0], (System.nanoTime() - t) / 1e6);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(target, -1, new byte[0], (System.nanoTime() - t) / 1e6);
        }
    }

    /** The figures as a table for people (stderr). */
    static String table(List<Figures> figures) {
        StringBuilder s = new StringBuilder(String.format("%-16s %7s %8s %8s %8s %7s  %s%n", "view", "visits",
                "p50 ms", "p95 ms", "p99 ms", "errors", "asks"));
        for (Figures f : figures) {
            s.append(String.format("%-16s %7d %8.1f %8.1f %8.1f %7d  %s%n", f.view().name(), f.visits(), f.p50(),
                    f.p95(), f.p99(), f.errors(), f.firstError() == null ? f.view().asks() : f.firstError()));
        }
        return s.toString();
    }

    /** The figures as one line of JSON, for programs (stdout). */
    static String json(List<Figures> figures, long articles) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("index_articles", articles);
        ArrayNode views = root.putArray("views");
        for (Figures f : figures) {
            ObjectNode v = views.addObject().put("view", f.view().name()).put("asks", f.view().asks())
                    .put("visits", f.visits()).put("errors", f.errors());
            if (f.visits() > 0) {
                v.put("p50_ms", round(f.p50())).put("p95_ms", round(f.p95())).put("p99_ms", round(f.p99()));
            }
        }
        return root.toString();
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String segment(String s) {
        return enc(s).replace("+", "%20");
    }
}
