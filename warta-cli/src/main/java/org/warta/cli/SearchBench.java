package org.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.index.ArticleSearcher;
import org.warta.index.Ingester;
import org.warta.index.SearchRequest;
import org.warta.io.CollectedRecords;
import org.warta.io.InputReader;
import org.warta.model.Article;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import picocli.CommandLine.Option;

/**
 * {@code warta bench --search}: ingest rate with the full pipeline, storing rate, and query latency percentiles on an
 * index of (by default) 100,000 articles. The distinct articles come from the shared corpora (5,000 Vietnamese,
 * about 1,000 Indonesian and Malay, 181 English bodies); copies of the processed articles with new ids and shifted
 * publication dates fill the index up to the size asked for.
 */
final class SearchBench {
    @Option(names = "--search", description = "Benchmark the index instead: ingest rate and query latency (see --articles).")
    boolean enabled;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
            description = "With --search: articles in the benchmark index (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "2000",
            description = "With --search: timed queries (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--view-visits", paramLabel = "N", defaultValue = "200",
            description = "With --search: timed visits of each view of the page, over HTTP (default: ${DEFAULT-VALUE}; 0: none).")
    int viewVisits;

    @Option(names = "--bench-data", paramLabel = "DIR",
            description = "With --search: where to build the index (default: a new folder under target/).")
    Path dataDir;

    int run(List<String> inputs) throws IOException {
        List<RawDocument> docs = corpus(inputs);
        if (docs.isEmpty()) {
            System.err.println("warta bench --search: no articles found");
            return ExitCodes.USAGE;
        }
        Path dir = dataDir != null ? dataDir : Files.createTempDirectory(Home.dir().resolve("target").toFile().isDirectory()
                ? Home.dir().resolve("target") : Path.of(System.getProperty("java.io.tmpdir")), "bench-search-");
        System.err.println("warta bench --search: " + docs.size() + " distinct articles, index in " + dir);
        List<Article> processed = Collections.synchronizedList(new ArrayList<>());
        if (Files.isDirectory(dir.resolve("index"))) {
            return timeExisting(dir);
        }
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            Ingester.Options options = new Ingester.Options(Runtime.getRuntime().availableProcessors(), 5000);
            Progress progress = Progress.onTerminal(System.err, "articles");
            progress.total(docs.size());
            long t0 = System.nanoTime();
            Ingester.Result result = new Ingester(index, Warta.pipeline(WartaOptions.defaults()), options)
                    .onStored(processed::add)
                    .run(sink -> docs.forEach(sink::accept), progress::step);
            progress.finish();
            double pipelineSeconds = (System.nanoTime() - t0) / 1e9;
            long distinct = result.added() + result.replaced();

            long t1 = System.nanoTime();
            long copies = replicate(index, processed, articles - index.count());
            index.commit();
            double copySeconds = (System.nanoTime() - t1) / 1e9;
            long count = index.count();
            long bytes = index.sizeOnDisk();

            ArticleSearcher searcher = new ArticleSearcher(index);
            List<String> twoWord = twoWordQueries(processed.stream().map(a -> a.metadata().title()).toList(),
                    queries + 200, new Random(42));
            double[] plain = time(searcher, twoWord, false);
            double[] page = time(searcher, twoWord, true);

            System.out.printf("cores                      %d%n", Runtime.getRuntime().availableProcessors());
            System.out.printf("distinct articles          %d (pipeline: %s)%n", distinct, Warta.pipeline(WartaOptions.defaults()).stageNames());
            System.out.printf("ingest, full pipeline      %.0f articles/s (%d in %.1f s, %d threads)%n",
                    distinct / pipelineSeconds, distinct, pipelineSeconds, options.threads());
            System.out.printf("storing processed copies   %.0f articles/s (%d copies with new ids and dates)%n",
                    copies / Math.max(copySeconds, 1e-9), copies);
            System.out.printf("index                      %d articles, %.1f MB, %.2f MB per 1,000 articles%n",
                    count, bytes / 1e6, bytes / 1e6 / Math.max(1, count) * 1000);
            printLatency(searcher, twoWord, plain, page);
            printViews(index);
        }
        return ExitCodes.OK;
    }

    /** An index built by an earlier run: only the queries are timed (titles of stored articles give the words). */
    private int timeExisting(Path dir) {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            System.err.println("warta bench --search: timing queries on the existing index in " + dir);
            ArticleSearcher searcher = new ArticleSearcher(index);
            List<String> twoWord = twoWordQueries(index.sampleTitles(5000, 7), queries + 200, new Random(42));
            double[] plain = time(searcher, twoWord, false);
            double[] page = time(searcher, twoWord, true);
            System.out.printf("index                      %d articles, %.1f MB, %.2f MB per 1,000 articles%n",
                    index.count(), index.sizeOnDisk() / 1e6, index.sizeOnDisk() / 1e6 / Math.max(1, index.count()) * 1000);
            printLatency(searcher, twoWord, plain, page);
            printViews(index);
        }
        return ExitCodes.OK;
    }

    /** Each view of the page as one person opens it: a table on stderr, the same figures as JSON on stdout. */
    private void printViews(ArticleIndex index) {
        if (viewVisits <= 0) {
            return;
        }
        System.err.println("warta bench --search: timing each view of the page over HTTP, " + viewVisits + " visits each");
        List<ViewLatency.Figures> figures = ViewLatency.measure(index, viewVisits, Math.min(20, viewVisits));
        System.err.print(ViewLatency.table(figures));
        System.out.println("views (JSON)               " + ViewLatency.json(figures, index.count()));
    }

    private void printLatency(ArticleSearcher searcher, List<String> twoWord, double[] plain, double[] page) {
        System.out.printf("two-word query + facets    p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d queries, top 10)%n",
                plain[0], plain[1], plain[2], queries);
        System.out.printf("  CPU time of the query    p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", plain[3], plain[4], plain[5]);
        System.out.printf("as the page asks           p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (top 20, facets, snippets)%n",
                page[0], page[1], page[2]);
        System.out.printf("  CPU time of the query    p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", page[3], page[4], page[5]);
        System.out.printf("load average (1 min)       %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("median matches per query   %d%n", medianMatches(searcher, twoWord));
        System.out.printf("peak heap                  %d MB%n", BenchCommand.peakHeapBytes() / (1024 * 1024));
    }

    /** Copies of the processed articles with new ids and publication dates moved by whole weeks, until n are stored. */
    private static long replicate(ArticleIndex index, List<Article> originals, long n) {
        long done = 0;
        for (int round = 1; done < n; round++) {
            for (Article a : originals) {
                if (done >= n) {
                    break;
                }
                String published = shift(a.metadata().published(), round * 7L);
                index.put(a.toBuilder().id(a.id() + "~" + round).metadata(a.metadata().withPublished(published)).build());
                done++;
            }
            if (originals.isEmpty()) {
                break;
            }
        }
        return done;
    }

    private static String shift(String published, long days) {
        if (published == null || published.length() < 10) {
            return java.time.LocalDate.of(2024, 1, 1).plusDays(days % 700).toString();
        }
        try {
            return java.time.LocalDate.parse(published.substring(0, 10)).minusDays(days).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return published;
        }
    }

    /** Two words from the title of one article, so most queries match something, as real ones do. */
    static List<String> twoWordQueries(List<String> titles, int n, Random random) {
        List<String> out = new ArrayList<>();
        for (int tries = 0; out.size() < n && tries < n * 20 && !titles.isEmpty(); tries++) {
            String title = titles.get(random.nextInt(titles.size()));
            if (title == null) {
                continue;
            }
            List<String> words = Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                    .filter(w -> w.length() >= 3).distinct().toList();
            if (words.size() < 2) {
                continue;
            }
            int i = random.nextInt(words.size());
            int j = (i + 1 + random.nextInt(words.size() - 1)) % words.size();
            out.add(words.get(i) + " " + words.get(j));
        }
        return out;
    }

    /**
     * Milliseconds at the 50th, 95th and 99th percentiles after 200 untimed queries: wall-clock time, then the CPU
     * time of the searching thread (what the query costs when it has a core to itself, whatever else runs).
     */
    private double[] time(ArticleSearcher searcher, List<String> qs, boolean asPage) {
        for (int i = 0; i < Math.min(200, qs.size()); i++) {
            searcher.search(request(qs.get(i), asPage));
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int n = Math.max(0, qs.size() - 200);
        double[] ms = new double[n];
        double[] cpu = new double[n];
        for (int i = 200; i < qs.size(); i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            searcher.search(request(qs.get(i), asPage));
            ms[i - 200] = (System.nanoTime() - t) / 1e6;
            cpu[i - 200] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new double[] {percentile(ms, 50), percentile(ms, 95), percentile(ms, 99),
                percentile(cpu, 50), percentile(cpu, 95), percentile(cpu, 99)};
    }

    private static SearchRequest request(String q, boolean asPage) {
        return new SearchRequest(q, null, null, null, null, null, null, null, asPage ? 20 : 10, null, null, true, asPage);
    }

    private static long medianMatches(ArticleSearcher searcher, List<String> qs) {
        long[] totals = qs.stream().limit(201).mapToLong(q -> searcher.search(new SearchRequest(q, null, null, null,
                null, null, null, null, 1, null, null, false, false)).total()).sorted().toArray();
        return totals.length == 0 ? 0 : totals[totals.length / 2];
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** The named inputs, or the shared corpora: files through the readers, ground-truth.json by its own shape. */
    private static List<RawDocument> corpus(List<String> inputs) throws IOException {
        List<String> paths = new ArrayList<>(inputs);
        Path groundTruth = Home.shared("extraction/article-extraction-benchmark/ground-truth.json");
        if (paths.isEmpty()) {
            for (String p : List.of("corpus/vi-news-baomoi", "langid/id-ms-news")) {
                if (Home.exists(Home.shared(p))) {
                    paths.add(Home.shared(p).toString());
                }
            }
        }
        CollectedRecords read = new CollectedRecords();
        InputReader.standard().read(paths, read);
        List<RawDocument> docs = new ArrayList<>(read.documents());
        read.failures().forEach(f -> System.err.println("warta bench: " + f));
        if (inputs.isEmpty() && Files.exists(groundTruth)) {
            docs.addAll(groundTruthBodies(groundTruth));
        }
        return docs;
    }

    private static List<RawDocument> groundTruthBodies(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<RawDocument> out = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String body = e.getValue().path("articleBody").asText("");
                if (!body.isBlank()) {
                    String url = e.getValue().path("url").asText(null);
                    out.add(new RawDocument(body, RawDocument.TEXT, new Source(file.toString(), url, "json", e.getKey()),
                            new Hints("gt-" + e.getKey(), null, null, null, null, null, null, List.of())));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
