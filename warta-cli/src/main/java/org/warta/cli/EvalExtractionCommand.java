package org.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.extract.Extractor;
import org.warta.io.TextDecoder;
import org.warta.model.Article;
import org.warta.model.Block;
import org.warta.model.Hints;
import org.warta.model.Layer;
import org.warta.model.RawDocument;
import org.warta.model.Source;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {
                "Main-text extraction: precision, recall and F1 of 4-token shingles (the metric of the "
                        + "article-extraction-benchmark), and pages per second on one core, on two sets of pages: the "
                        + "article-extraction-benchmark (beside its published figures) and Mozilla Readability's test "
                        + "pages (the truth is the content Readability is expected to extract, rendered to text). On "
                        + "the test pages, Warta's title, byline and publication date are also compared with the "
                        + "expected metadata.",
                "Warta's output is the clean text after extract, clean, title and text (the title is not part of "
                        + "it). Peers are Extractor implementations found on the class path through ServiceLoader "
                        + "(the warta-eval-peers module; ./warta adds its jar for eval); they are measured on the same "
                        + "pages in the same run.",
                "Exit codes: 0 measured, 2 no data set found."
        })
final class EvalExtractionCommand implements Callable<Integer> {
    private static final String BENCHMARK = "extraction/article-extraction-benchmark";
    private static final String TEST_PAGES = "extraction/readability-test-pages";
    private static final String PUBLISHED = "rs_trafilatura 0.970, go_trafilatura 0.960, trafilatura 2.0.0 0.958, "
            + "newspaper4k 0.949, news-please 0.948, readability.js 0.947, readability-lxml 0.922, goose3 0.896, "
            + "boilerpipe 0.860 (2019), jusText 0.804";

    @Option(names = "--dataset", paramLabel = "DIR",
            description = {"Measure this one folder instead: a benchmark folder (ground-truth.json, "
                    + "html/<id>.html.gz) or a folder of Readability test pages (<name>/source.html, expected.html, "
                    + "expected-metadata.json).",
                    "Default: both ../shared/" + BENCHMARK + " and ../shared/" + TEST_PAGES + ", each where present."})
    Path dataset;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Timed passes over the pages for the speed figure, after one warm-up pass (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = {"--worst", "--misses"}, paramLabel = "N", defaultValue = "0",
            description = "Also list, on stderr, the N pages of each set where Warta scores lowest (with the best peer's "
                    + "F1 on the page) and every title, byline and date of the test pages that differs from the expected.")
    int worst;

    @Option(names = "--dump", paramLabel = "DIR", description = "Write Warta's text for each page to DIR/<set>/<id>.txt.")
    Path dump;

    @Option(names = "--no-peers", description = "Measure Warta only.")
    boolean noPeers;

    /**
     * One page: its id, address, true text and content ({@code gzipped} or not); {@code expected} is the metadata a
     * Readability test page declares, null on the benchmark.
     */
    record Page(String id, String url, String truth, byte[] content, boolean gzipped,
                ReadabilityTestPages.Expected expected) {
    }

    record Measured(String name, ShingleMetric metric, double pagesPerSecond, List<String> texts) {
    }

    /** Warta's and every peer's figures on one set of pages. */
    record SetResult(Measured warta, List<Measured> peers, MetadataShares metadata) {
    }

    @Override
    public Integer call() throws IOException {
        List<Path> sets = new ArrayList<>();
        if (dataset != null) {
            if (!Files.isRegularFile(dataset.resolve("ground-truth.json")) && !ReadabilityTestPages.isTestPages(dataset)) {
                System.err.println("warta eval extraction: " + dataset
                        + " holds neither ground-truth.json nor <name>/source.html with expected.html");
                return ExitCodes.USAGE;
            }
            sets.add(dataset);
        } else {
            for (String relative : new String[] {BENCHMARK, TEST_PAGES}) {
                Path dir = Home.shared(relative);
                if (Files.isRegularFile(dir.resolve("ground-truth.json")) || ReadabilityTestPages.isTestPages(dir)) {
                    sets.add(dir);
                } else {
                    System.err.println("warta eval extraction: skipping " + relative + ", not found in " + Home.shared());
                }
            }
            if (sets.isEmpty()) {
                System.err.println("warta eval extraction: no data set found (see --dataset)");
                return ExitCodes.USAGE;
            }
        }
        List<Extractor> peers = noPeers ? List.of() : peers();
        for (int i = 0; i < sets.size(); i++) {
            if (i > 0) {
                System.out.println();
            }
            Path dir = sets.get(i);
            if (Files.isRegularFile(dir.resolve("ground-truth.json"))) {
                benchmark(dir, load(dir), peers);
            } else {
                testPages(dir, ReadabilityTestPages.load(dir), peers);
            }
        }
        return ExitCodes.OK;
    }

    private SetResult measureAll(List<Page> pages, List<Extractor> peers, CleaningPath warta) {
        Measured ours = measure("Warta", pages, warta::text);
        List<Measured> measured = new ArrayList<>();
        for (Extractor peer : peers) {
            measured.add(measure(peerName(peer), pages, raw -> join(peer.extract(raw).blocks())));
        }
        MetadataShares metadata = new MetadataShares();
        for (Page page : pages) {
            if (page.expected() != null) {
                metadata.add(page.id(), page.expected(), warta.article(raw(page)).metadata());
            }
        }
        return new SetResult(ours, measured, metadata);
    }

    private void table(PrintStream out, SetResult result, List<Extractor> peers) {
        out.printf("%-48s %9s %7s %7s %14s%n", "system", "precision", "recall", "F1", "pages/s 1 core");
        print(out, "Warta (extract+clean+title+text)", result.warta());
        for (Measured p : result.peers()) {
            print(out, p.name() + " (raw)", p);
        }
        if (peers.isEmpty() && !noPeers) {
            out.println("peer: none on the class path (build the reactor; ./warta eval adds warta-eval-peers/target/warta-peers.jar)");
        }
    }

    private void benchmark(Path dir, List<Page> pages, List<Extractor> peers) throws IOException {
        PrintStream out = System.out;
        CleaningPath warta = new CleaningPath();
        SetResult result = measureAll(pages, peers, warta);
        String breakdown = new CleaningPath().breakdown(pages, Math.max(1, rounds));
        out.printf("main-text extraction: %s (%d pages)%n", dir.getFileName(), pages.size());
        out.println("metric: 4-token shingles of \\w+ tokens with multiplicity; P and R are means over pages; F1 = 2PR/(P+R)");
        table(out, result, peers);
        out.println("published F1: " + PUBLISHED);
        out.printf("title: not included in Warta's text; the ground truth starts with the page's title on %d of %d pages%n",
                titleLedPages(pages, warta), pages.size());
        out.println("speed: CPU time of one thread after a warm-up pass; pages held in memory gzipped, reading = gunzip + charset decoding");
        out.println("time per page, Warta: " + breakdown);
        finish(dir, pages, result);
    }

    private void testPages(Path dir, List<Page> pages, List<Extractor> peers) throws IOException {
        PrintStream out = System.out;
        SetResult result = measureAll(pages, peers, new CleaningPath());
        out.printf("main-text extraction: %s (%d pages)%n", dir.getFileName(), pages.size());
        out.println("truth: the main content Mozilla's Readability is expected to extract (expected.html), rendered to "
                + "text; same metric");
        table(out, result, peers);
        out.println("speed: CPU time of one thread after a warm-up pass; reading = UTF-8 decoding (the pages are stored in UTF-8)");
        out.println("metadata, Warta against expected-metadata.json (same text after folding whitespace and case; "
                + "dates on the day):");
        result.metadata().print(out);
        finish(dir, pages, result);
    }

    private void finish(Path dir, List<Page> pages, SetResult result) throws IOException {
        if (worst > 0) {
            printWorst(dir, pages, result);
        }
        if (dump != null) {
            Path into = dump.resolve(dir.getFileName().toString());
            Files.createDirectories(into);
            for (int i = 0; i < pages.size(); i++) {
                Files.writeString(into.resolve(pages.get(i).id() + ".txt"), result.warta().texts().get(i));
            }
        }
    }

    private static void print(PrintStream out, String name, Measured m) {
        out.printf("%-48s %9.3f %7.3f %7.3f %14.0f%n", name, m.metric().precision(), m.metric().recall(), m.metric().f1(),
                m.pagesPerSecond());
    }

    private Measured measure(String name, List<Page> pages, Function<RawDocument, String> system) {
        ShingleMetric metric = new ShingleMetric();
        List<String> texts = new ArrayList<>();
        for (Page page : pages) {
            String text = run(system, page);
            texts.add(text);
            metric.add(page.truth(), text);
        }
        // CPU time of this one thread: the figure for one core, whatever else the machine is running.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        int done = 0;
        for (int r = 0; r < Math.max(1, rounds); r++) {
            for (Page page : pages) {
                run(system, page);
                done++;
            }
        }
        double seconds = (threads.getCurrentThreadCpuTime() - t0) / 1e9;
        return new Measured(name, metric, done / seconds, texts);
    }

    private static String run(Function<RawDocument, String> system, Page page) {
        try {
            return system.apply(raw(page));
        } catch (RuntimeException | StackOverflowError e) {
            System.err.println("warta eval extraction: " + page.id() + ": " + e);
            return "";
        }
    }

    /** Reading as the HTML reader does it: gunzip where the page is stored gzipped, then the page's charset. */
    static RawDocument raw(Page page) {
        byte[] bytes = page.content();
        if (page.gzipped()) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(page.content()))) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("cannot gunzip " + page.id(), e);
            }
        }
        String html;
        if (!page.gzipped()) {
            // Readability's test pages are all stored in UTF-8, whatever charset their markup still declares.
            html = new String(bytes, StandardCharsets.UTF_8);
        } else {
            try {
                html = TextDecoder.decodeMarkup(bytes, null).text();
            } catch (TextDecoder.NotTextException e) {
                html = new String(bytes, StandardCharsets.UTF_8);
            }
        }
        return new RawDocument(html, RawDocument.HTML, new Source(page.id() + (page.gzipped() ? ".html.gz" : ".html"), page.url(), "html", null), Hints.NONE);
    }

    private static List<Page> load(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = truth.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(html)) {
                System.err.println("warta eval extraction: missing " + html);
                continue;
            }
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null),
                    e.getValue().path("articleBody").asText(""), Files.readAllBytes(html), true, null));
        }
        pages.sort(Comparator.comparing(Page::id));
        return pages;
    }

    private static List<Extractor> peers() {
        List<Extractor> found = new ArrayList<>();
        for (Extractor e : ServiceLoader.load(Extractor.class)) {
            found.add(e);
        }
        return found;
    }

    private static String peerName(Extractor peer) {
        return peer.toString().contains("@") ? peer.getClass().getSimpleName() : peer.toString();
    }

    private static String join(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) {
            b.append(block.text()).append("\n\n");
        }
        return b.toString().strip();
    }

    private static int titleLedPages(List<Page> pages, CleaningPath warta) {
        int n = 0;
        for (Page page : pages) {
            Article a = warta.article(raw(page));
            String title = a.metadata().title();
            if (title != null && !title.isBlank()) {
                List<String> t = ShingleMetric.tokens(title);
                List<String> body = ShingleMetric.tokens(page.truth());
                if (!t.isEmpty() && body.size() >= t.size() && body.subList(0, t.size()).equals(t)) {
                    n++;
                }
            }
        }
        return n;
    }

    private void printWorst(Path dir, List<Page> pages, SetResult result) {
        List<Integer> order = new ArrayList<>();
        List<Double> f1 = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            order.add(i);
            f1.add(ShingleMetric.score(pages.get(i).truth(), result.warta().texts().get(i)).f1());
        }
        order.sort(Comparator.comparing(f1::get));
        System.err.printf("worst pages of %s for Warta: F1, shares of shingles, best peer's F1, page%n", dir.getFileName());
        for (int i = 0; i < Math.min(worst, order.size()); i++) {
            int k = order.get(i);
            Page page = pages.get(k);
            ShingleMetric.PageScore s = ShingleMetric.score(page.truth(), result.warta().texts().get(k));
            double peer = -1;
            for (Measured p : result.peers()) {
                peer = Math.max(peer, ShingleMetric.score(page.truth(), p.texts().get(k)).f1());
            }
            String id = page.gzipped() && page.id().length() > 12 ? page.id().substring(0, 12) : page.id();
            System.err.printf("%.3f  tp %.2f fp %.2f fn %.2f  peer %s  %s  %s%n", s.f1(), s.tp(), s.fp(), s.fn(),
                    peer < 0 ? "-" : String.format("%.3f", peer), id, page.gzipped() ? page.url() : "");
        }
        List<MetadataShares.Miss> misses = result.metadata().misses();
        if (!misses.isEmpty()) {
            System.err.printf("metadata of %s that differs from the expected (page, field, expected, Warta's):%n",
                    dir.getFileName());
            for (MetadataShares.Miss m : misses) {
                System.err.printf("%s  %s  \"%s\"  \"%s\"%n", m.page(), m.field(), m.expected(), m.found());
            }
        }
    }

    /**
     * Warta's cleaning path: extract, clean, title, then the text stage that fixes the clean text. Language
     * identification is left out (it neither adds nor removes text), so the text stage runs without a language.
     */
    static final class CleaningPath {
        private final Pipeline front;
        private final Stage text;

        CleaningPath() {
            List<Stage> stages = Pipelines.stages(WartaOptions.defaults());
            List<Stage> cleaning = new ArrayList<>();
            Stage textStage = null;
            for (Stage s : stages) {
                switch (s.name()) {
                    case "extract", "clean", "title" -> cleaning.add(s);
                    case "text" -> textStage = s;
                    default -> {
                    }
                }
            }
            this.front = Pipeline.of(cleaning);
            this.text = textStage;
        }

        Article article(RawDocument raw) {
            return front.process(raw);
        }

        /** Milliseconds per page spent reading and in each stage (wall time of this thread). */
        String breakdown(List<Page> pages, int rounds) {
            long reading = 0;
            long texts = 0;
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (Page page : pages) {
                    long t0 = System.nanoTime();
                    RawDocument raw = raw(page);
                    long t1 = System.nanoTime();
                    Article a = front.process(raw);
                    long t2 = System.nanoTime();
                    text.apply(a.toBuilder().layer(Layer.LANGUAGE).build());
                    texts += System.nanoTime() - t2;
                    reading += t1 - t0;
                    n++;
                }
            }
            StringBuilder b = new StringBuilder(String.format("reading %.2f ms", reading / 1e6 / n));
            for (Map.Entry<String, Long> e : front.timings().entrySet()) {
                b.append(String.format(", %s %.2f ms", e.getKey(), e.getValue() / 1e6 / n));
            }
            return b.append(String.format(", text %.2f ms", texts / 1e6 / n)).toString();
        }

        String text(RawDocument raw) {
            Article a = front.process(raw);
            return text.apply(a.toBuilder().layer(Layer.LANGUAGE).build()).text();
        }
    }
}
