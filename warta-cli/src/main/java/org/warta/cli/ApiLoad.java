package org.warta.cli;

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
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.warta.index.ArticleIndex;
import org.warta.index.ArticleSearcher;
import org.warta.index.SearchRequest;
import org.warta.index.SearchResult;

/**
 * A mixed load on the HTTP API, shaped like its real use: what the page asks when someone searches, filters, pages
 * on, opens an article, an entity or a country pair, from many clients at once. The words, entities, ids, months and
 * countries come from the index itself, so that requests find things as real ones do.
 */
final class ApiLoad {
    /** What a request does, and how often it comes in the mix (weights out of 100). */
    enum Kind {
        SEARCH("search: 1-3 words, page 1 with facets and snippets", 26),
        PHRASE("search: a quoted phrase", 6),
        OTHER_SCRIPT("search: words in other languages and scripts", 6),
        FILTERED("search: a word with language, dates or entity", 10),
        BROWSE("browse: no query, newest first, with a filter", 7),
        BY_DATE("search sorted by date", 5),
        NEXT_PAGE("next page through the cursor", 8),
        ARTICLE("one article by id", 14),
        ENTITY("entity page", 8),
        EVENTS("events of an actor, a pair or a CAMEO root", 10);

        final String description;
        final int weight;

        Kind(String description, int weight) {
            this.description = description;
            this.weight = weight;
        }
    }

    /** Words of other languages and scripts, for the analysers the index has beside the corpus's own. */
    private static final List<String> OTHER_WORDS = List.of("election", "government talks", "pemerintah",
            "harga beras", "правительство", "выборы", "الحكومة", "政府", "经济", "รัฐบาล", "Regierung", "économie",
            "gobierno", "Hà Nội", "kinh tế", "bóng đá");

    /** What requests are made of, read from the index before the load starts. */
    record Material(List<List<String>> titles, List<String> entities, List<String> ids, List<String> months,
                    List<String> languages, List<String> countries, List<String> roots, List<String> outlets) {
        static Material of(ArticleIndex index) {
            ArticleSearcher searcher = new ArticleSearcher(index);
            List<List<String>> titles = new ArrayList<>();
            for (String t : index.sampleTitles(2000, 7)) {
                List<String> words = Arrays.stream(t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+"))
                        .filter(w -> w.codePointCount(0, w.length()) >= 2).toList();
                if (words.size() >= 2) {
                    titles.add(words);
                }
            }
            SearchResult all = searcher.search(new SearchRequest("", null, null, null, null, null, null, null, 200,
                    null, null, true, false));
            Set<String> ids = new LinkedHashSet<>();
            all.hits().forEach(h -> ids.add(h.id()));
            Set<String> entities = new LinkedHashSet<>(values(all, "entity"));
            Random random = new Random(3);
            for (int i = 0; i < 40 && !titles.isEmpty(); i++) {
                List<String> words = titles.get(random.nextInt(titles.size()));
                SearchResult r = searcher.search(new SearchRequest(words.get(0), null, null, null, null, null, null,
                        null, 20, null, null, true, false));
                r.hits().forEach(h -> ids.add(h.id()));
                entities.addAll(values(r, "entity"));
            }
            return new Material(titles, List.copyOf(entities), List.copyOf(ids), values(all, "month"),
                    values(all, "lang"), values(all, "country"), values(all, "event"), values(all, "outlet"));
        }

        private static List<String> values(SearchResult r, String dim) {
            return r.facets().getOrDefault(dim, List.of()).stream().map(SearchResult.FacetValue::value).toList();
        }

        String describe() {
            return titles.size() + " titles, " + entities.size() + " entities, " + ids.size() + " article ids, "
                    + months.size() + " months, " + languages.size() + " languages, " + countries.size()
                    + " countries, " + roots.size() + " event roots";
        }
    }

    /** Latencies of the requests of one kind, in nanoseconds, and the errors among them. */
    static final class Samples {
        private long[] nanos = new long[1024];
        private int size;
        private int errors;

        void add(long n, boolean ok) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = n;
            if (!ok) {
                errors++;
            }
        }

        void addAll(Samples other) {
            for (int i = 0; i < other.size; i++) {
                add(other.nanos[i], true);
            }
            errors += other.errors;
        }

        int count() {
            return size;
        }

        int errors() {
            return errors;
        }

        /** Milliseconds at a percentile. */
        double percentile(double p) {
            if (size == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(nanos, size);
            Arrays.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * size) - 1;
            return sorted[Math.max(0, Math.min(size - 1, i))] / 1e6;
        }
    }

    /** What a run measured: per kind, and the wall-clock time it took. */
    record Result(Map<Kind, Samples> byKind, double seconds, List<String> errorSamples) {
        Samples overall() {
            Samples all = new Samples();
            byKind.values().forEach(all::addAll);
            return all;
        }
    }

    private final String base;
    private final Material material;
    private final HttpClient http;

    ApiLoad(String baseUrl, Material material) {
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.material = material;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Runs {@code clients} clients, each sending its next request when the last one is answered, until
     * {@code requests} have been sent or {@code seconds} have passed; {@code done} hears of each answer.
     */
    Result run(int clients, int requests, double seconds, long seed, IntConsumer done) throws InterruptedException {
        AtomicInteger issued = new AtomicInteger();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Client> all = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Client client = new Client(new Random(seed * 1_000_003L + c));
            all.add(client);
            Thread t = new Thread(() -> {
                try {
                    while (issued.getAndIncrement() < requests && System.nanoTime() < deadline) {
                        client.next();
                        done.accept(1);
                    }
                } finally {
                    finished.countDown();
                }
            }, "warta-load-" + c);
            t.setDaemon(true);
            t.start();
        }
        finished.await();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        Map<Kind, Samples> byKind = new EnumMap<>(Kind.class);
        List<String> errors = new ArrayList<>();
        for (Kind k : Kind.values()) {
            byKind.put(k, new Samples());
        }
        for (Client c : all) {
            c.samples.forEach((k, s) -> byKind.get(k).addAll(s));
            errors.addAll(c.errorSamples);
        }
        return new Result(byKind, elapsed, errors.subList(0, Math.min(5, errors.size())));
    }

    /** One client: picks the next request from the mix, keeps the cursor of its last search to page on. */
    private final class Client {
        private final Random random;
        private final Map<Kind, Samples> samples = new EnumMap<>(Kind.class);
        private final List<String> errorSamples = new ArrayList<>();
        private String lastSearch;
        private String lastCursor;

        Client(Random random) {
            this.random = random;
            for (Kind k : Kind.values()) {
                samples.put(k, new Samples());
            }
        }

        void next() {
            Kind kind = pick();
            String target = target(kind);
            if (target == null) {
                kind = Kind.SEARCH;
                target = target(kind);
            }
            long t = System.nanoTime();
            int status;
            byte[] body;
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + target))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
                status = r.statusCode();
                body = r.body();
            } catch (IOException e) {
                status = -1;
                body = String.valueOf(e).getBytes(StandardCharsets.UTF_8);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            boolean ok = status == 200;
            samples.get(kind).add(System.nanoTime() - t, ok);
            if (!ok && errorSamples.size() < 5) {
                errorSamples.add(status + " " + target + ": " + new String(body, 0, Math.min(200, body.length),
                        StandardCharsets.UTF_8));
            }
            if (ok && (kind == Kind.SEARCH || kind == Kind.FILTERED)) {
                lastSearch = target;
                lastCursor = cursor(body);
            } else if (ok && kind == Kind.NEXT_PAGE) {
                lastCursor = cursor(body);
            }
        }

        private Kind pick() {
            int r = random.nextInt(100);
            for (Kind k : Kind.values()) {
                r -= k.weight;
                if (r < 0) {
                    return k;
                }
            }
            return Kind.SEARCH;
        }

        /** The path and query of a request of this kind, or null when the material has nothing for it. */
        private String target(Kind kind) {
            Material m = material;
            return switch (kind) {
                case SEARCH -> "/api/articles?limit=20&q=" + enc(words(1 + random.nextInt(3)));
                case PHRASE -> "/api/articles?limit=20&q=" + enc("\"" + phrase() + "\"");
                case OTHER_SCRIPT -> "/api/articles?limit=20&q=" + enc(one(OTHER_WORDS));
                case FILTERED -> filtered();
                case BROWSE -> m.languages().isEmpty() ? null : "/api/articles?limit=20&lang=" + one(m.languages())
                        + (m.months().isEmpty() ? "" : "&from=" + one(m.months()));
                case BY_DATE -> "/api/articles?limit=20&sort=date&q=" + enc(words(1));
                case NEXT_PAGE -> lastCursor == null ? null : lastSearch + "&facets=false&cursor=" + lastCursor;
                case ARTICLE -> m.ids().isEmpty() ? null : "/api/articles/" + segment(one(m.ids()));
                case ENTITY -> m.entities().isEmpty() ? null : "/api/entities/" + segment(one(m.entities()));
                case EVENTS -> events();
            };
        }

        private String filtered() {
            Material m = material;
            String q = "/api/articles?limit=20&q=" + enc(words(1));
            return switch (random.nextInt(3)) {
                case 0 -> m.languages().isEmpty() ? q : q + "&lang=" + one(m.languages());
                case 1 -> m.months().isEmpty() ? q : q + months();
                default -> m.entities().isEmpty() ? q : q + "&entity=" + enc(one(m.entities()));
            };
        }

        /** A span of months, first to last, as the page's date filter sends it (the facet lists months in order). */
        private String months() {
            List<String> months = material.months();
            int a = random.nextInt(months.size());
            int b = random.nextInt(months.size());
            return "&from=" + months.get(Math.min(a, b)) + "&to=" + months.get(Math.max(a, b));
        }

        private String events() {
            Material m = material;
            return switch (random.nextInt(3)) {
                case 0 -> m.entities().isEmpty() ? "/api/events?limit=50"
                        : "/api/events?limit=50&actor=" + enc(one(m.entities()));
                case 1 -> m.countries().isEmpty() ? "/api/events?limit=100"
                        : "/api/events?limit=100&both=true&actor1=" + one(m.countries()) + "&actor2="
                        + one(m.countries());
                default -> m.roots().isEmpty() ? "/api/events?limit=20" : "/api/events?limit=20&root=" + one(m.roots());
            };
        }

        /** Words of one title, as someone who read it would search for it. */
        private String words(int n) {
            List<String> title = one(material.titles());
            int start = random.nextInt(title.size());
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(title.get((start + i * 2) % title.size()));
            }
            return String.join(" ", new LinkedHashSet<>(out));
        }

        private String phrase() {
            List<String> title = one(material.titles());
            int start = random.nextInt(title.size() - 1);
            return title.get(start) + " " + title.get(start + 1);
        }

        private <T> T one(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A path segment: percent-encoded, with spaces as %20 (a + in a path is a plus). */
    private static String segment(String s) {
        return enc(s).replace("+", "%20");
    }

    /** The next_cursor of a search answer, or null on the last page (it comes last; cursors are plain ASCII). */
    static String cursor(byte[] body) {
        byte[] key = "\"next_cursor\":\"".getBytes(StandardCharsets.US_ASCII);
        for (int at = body.length - key.length; at >= 0; at--) {
            if (Arrays.equals(body, at, at + key.length, key, 0, key.length)) {
                int start = at + key.length;
                int end = start;
                while (end < body.length && body[end] != '"') {
                    end++;
                }
                return end < body.length ? new String(body, start, end - start, StandardCharsets.US_ASCII) : null;
            }
        }
        return null;
    }
}
