package org.warta.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.clean.TemplateLines;
import org.warta.index.ArticleIndex;
import org.warta.index.Ingester;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.pipeline.Pipeline;
import picocli.CommandLine.Option;

/**
 * {@code warta bench --ingest}: articles per second into a new index on a number of threads, in three runs over
 * the same corpus: the pipeline alone, storing the articles it made alone (documents, story assignment, Lucene),
 * and the two together as {@code warta ingest} does them. Each index is made in a temporary folder and removed.
 */
final class IngestBench {
    @Option(names = "--ingest", description = "Time ingest into a new index instead: the pipeline alone, storing "
            + "processed articles alone, and both (as 'warta ingest'), on --threads threads.")
    boolean enabled;

    @Option(names = "--threads", paramLabel = "N", description = "With --ingest: threads (default: one per core).")
    Integer threads;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "1000",
            description = "With --ingest: articles stored between commits, as 'warta ingest' "
                    + "(default: ${DEFAULT-VALUE}).")
    int commitEvery;

    /** One run: its wall-clock time and the CPU time of the whole process. */
    record Timed(long nanos, long cpuNanos) {
        double perSecond(long n) {
            return n / Math.max(nanos / 1e9, 1e-9);
        }

        double cpuMsPerArticle(long n) {
            return n == 0 ? 0 : cpuNanos / 1e6 / n;
        }
    }

    int run(List<String> inputs, String corpus, BudgetOptions budget, int warmup) throws IOException {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1 || commitEvery < 1) {
            System.err.println("warta bench --ingest: --threads and --commit-every must be at least 1");
            return ExitCodes.USAGE;
        }
        BenchCorpus.Loaded loaded = BenchCorpus.load(inputs, corpus, budget.reader());
        List<RawDocument> docs = loaded.documents();
        if (docs.isEmpty()) {
            System.err.println("warta bench --ingest: no articles found in " + loaded.description());
            return ExitCodes.USAGE;
        }
        WartaOptions options = new WartaOptions(null, budget.budget());
        System.err.println("warta bench --ingest: corpus " + loaded.description() + ", " + n + " threads");
        Path root = Files.createTempDirectory("warta-bench-ingest-");
        try {
            warmUp(docs.subList(0, Math.min(warmup, docs.size())), options, root.resolve("warm"), n);
            BenchCommand.resetPeaks();
            Article[] processed = new Article[docs.size()];
            Pipeline alone = Warta.pipeline(options, new TemplateLines());
            Timed pipeline = timed(() -> parallel(docs.size(), n,
                    i -> processed[i] = BenchCommand.process(alone, docs.get(i), null)));
            List<Article> made = java.util.Arrays.stream(processed).filter(java.util.Objects::nonNull).toList();
            Timed storing = timed(() -> store(made, root.resolve("store"), n));
            long[] stored = new long[2];
            Timed ingest = timed(() -> ingest(docs, options, root.resolve("ingest"), n, stored));
            long bytes = java.util.Arrays.stream(BenchCommand.utf8Sizes(docs)).sum();
            System.out.printf("articles                 %d (%.1f MB of text), %d threads, %d cores%n", docs.size(),
                    bytes / 1e6, n, Runtime.getRuntime().availableProcessors());
            print("pipeline alone", pipeline, docs.size(), "");
            print("storing alone", storing, made.size(), "processed articles into a new index");
            print("ingest, full pipeline", ingest, stored[0], "as 'warta ingest --threads " + n + "'");
            System.out.printf("index                    %d articles, %.1f MB%n", stored[0], stored[1] / 1e6);
            System.out.printf("peak heap                %d MB (max %d MB)%n",
                    BenchCommand.peakHeapBytes() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.printf("load average             %.1f on %d cores%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            return ExitCodes.OK;
        } finally {
            delete(root);
        }
    }

    private static void print(String what, Timed t, long n, String note) {
        System.out.printf("%-24s %.0f articles/s (%d in %.1f s; CPU %.2f ms/article)%s%n", what, t.perSecond(n), n,
                t.nanos() / 1e9, t.cpuMsPerArticle(n), note.isEmpty() ? "" : " " + note);
    }

    /** Runs the pipeline and storing over the first articles, so that the timed runs meet compiled code. */
    private void warmUp(List<RawDocument> docs, WartaOptions options, Path dir, int n) {
        ingest(docs, options, dir, n, new long[2]);
    }

    /** Stores the articles into a new index on n threads, committing as ingest does. */
    private void store(List<Article> articles, Path dir, int n) {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            AtomicInteger sinceCommit = new AtomicInteger();
            parallel(articles.size(), n, i -> {
                index.put(articles.get(i));
                if (sinceCommit.incrementAndGet() % commitEvery == 0) {
                    index.commit();
                }
            });
            index.commit();
        }
    }

    /** Ingests the records into a new index as 'warta ingest' does; returns the articles stored. */
    private long ingest(List<RawDocument> docs, WartaOptions options, Path dir, int n, long[] countAndBytes) {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            Ingester.Result r = new Ingester(index, Warta.pipeline(options, new TemplateLines()),
                    new Ingester.Options(n, commitEvery)).run(sink -> docs.forEach(sink::accept), () -> { });
            countAndBytes[0] = r.added() + r.replaced();
            countAndBytes[1] = index.sizeOnDisk();
            return countAndBytes[0];
        }
    }

    private static Timed timed(Runnable work) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        work.run();
        return new Timed(System.nanoTime() - t0, os.getProcessCpuTime() - cpu);
    }

    /** Calls {@code work} for 0..count-1 on n threads, each taking the next number; rethrows the first failure. */
    static void parallel(int count, int n, IntConsumer work) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            Thread thread = new Thread(() -> {
                for (int i; failure.get() == null && (i = next.getAndIncrement()) < count; ) {
                    try {
                        work.accept(i);
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                }
            }, "warta-bench-" + t);
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
