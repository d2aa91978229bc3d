package org.warta.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.io.CollectedRecords;
import org.warta.io.RunSummary;
import org.warta.model.RawDocument;
import org.warta.pipeline.BudgetExceeded;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
                "Measure throughput on one core: read a corpus and run the pipeline over it, then print articles per "
                        + "second, MB per second, time per stage and peak heap.",
                "Default corpus: ../shared/corpus/vi-news-baomoi when present, else examples/.",
                "--search times the index, and each view of the page over HTTP (--view-visits); --serve the HTTP server under a mixed load of concurrent clients, and "
                        + "exits with 3 when a request failed.",
                "--stories times story assignment: fingerprints of the corpus (default: the shared Vietnamese "
                        + "corpus and examples/), --stories-size perturbed copies of them (published over a year) "
                        + "pass through story memory, which holds what a run holds (--stories-memory to hold more), "
                        + "then new copies are assigned one by one: ms per assignment (p50, p99, mean), articles/s, "
                        + "peak heap and memory held. Memory takes 2.5-4 KB of heap an article held: give "
                        + "--stories-memory 1000000 a heap of 5 GB or more (WARTA_JAVA_OPTS).",
                "--spark (through the ./warta launcher, which runs it on Spark's class path) times the Spark job in "
                        + "local[1] and local[2] against `warta process --threads 2`: see `./warta bench --spark --help` "
                        + "and docs/spark.md."
        })
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Corpus files or directories.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--until", paramLabel = "STAGE", description = "Run the pipeline only up to and including this stage (e.g. language).")
    String until;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "500", description = "Articles processed before timing starts (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1", description = "Timed passes over the corpus (default ${DEFAULT-VALUE}).")
    int rounds;

    @picocli.CommandLine.Mixin
    SearchBench search = new SearchBench();

    @picocli.CommandLine.Mixin
    BudgetOptions budget = new BudgetOptions();

    @picocli.CommandLine.Mixin
    ServeBench serve = new ServeBench();

    @picocli.CommandLine.Mixin
    StoryBench stories = new StoryBench();

    @Override
    public Integer call() throws java.io.IOException, InterruptedException,
            java.util.concurrent.ExecutionException {
        if ((search.enabled ? 1 : 0) + (serve.enabled ? 1 : 0) + (stories.enabled ? 1 : 0) > 1) {
            System.err.println("warta bench: choose one of --search, --serve and --stories");
            return ExitCodes.USAGE;
        }
        if (stories.enabled) {
            return stories.run(inputs, budget.reader());
        }
        if (search.enabled) {
            return search.run(inputs);
        }
        if (serve.enabled) {
            return serve.run(inputs);
        }
        if (inputs.isEmpty()) {
            Path corpus = Home.shared("corpus/vi-news-baomoi");
            inputs = List.of((Home.exists(corpus) ? corpus : Home.examples()).toString());
        }
        Pipeline pipeline = pipeline();
        System.err.println("warta bench: stages " + pipeline.stageNames() + ", inputs " + inputs);
        resetPeaks();
        long t0 = System.nanoTime();
        List<RawDocument> docs = read();
        long readNanos = System.nanoTime() - t0;
        long bytes = docs.stream().mapToLong(d -> d.content().getBytes(StandardCharsets.UTF_8).length).sum();
        if (docs.isEmpty()) {
            System.err.println("warta bench: no articles found in " + inputs);
            return ExitCodes.USAGE;
        }
        for (int i = 0; i < Math.min(warmup, docs.size() * 2); i++) {
            process(pipeline, docs.get(i % docs.size()), null);
        }
        Pipeline timed = pipeline();
        RunSummary over = new RunSummary();
        long t1 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (RawDocument d : docs) {
                process(timed, d, over);
            }
        }
        long processNanos = System.nanoTime() - t1;
        if (over.failedCount() > 0) {
            System.err.println("warta bench: over the budget (timed passes): " + over.failedByReason());
        }
        long n = (long) docs.size() * rounds;
        double seconds = (processNanos + readNanos * rounds) / 1e9;
        System.out.printf("articles            %d (%s MB of text)%n", docs.size(), String.format("%.1f", bytes / 1e6));
        System.out.printf("articles/s, 1 core  %.0f  (reading included)%n", n / seconds);
        System.out.printf("articles/s, stages  %.0f  (pipeline only)%n", n / (processNanos / 1e9));
        System.out.printf("MB/s                %.2f%n", bytes * rounds / 1e6 / seconds);
        System.out.printf("reading             %.3f ms/article%n", readNanos / 1e6 / docs.size());
        for (Map.Entry<String, Long> e : timed.timings().entrySet()) {
            System.out.printf("  %-17s %.3f ms/article (%.0f%%)%n", e.getKey(), e.getValue() / 1e6 / n, 100.0 * e.getValue() / processNanos);
        }
        System.out.printf("peak heap           %d MB (max %d MB)%n", peakHeapBytes() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return ExitCodes.OK;
    }

    private Pipeline pipeline() {
        List<Stage> stages = new ArrayList<>();
        for (Stage s : Pipelines.stages(WartaOptions.defaults())) {
            stages.add(s);
            if (s.name().equals(until)) {
                break;
            }
        }
        return Pipeline.of(stages, budget.budget());
    }

    /** Runs one record; one over the budget is counted (when asked) and the bench goes on. */
    private static void process(Pipeline pipeline, RawDocument doc, RunSummary over) {
        try {
            pipeline.process(doc);
        } catch (BudgetExceeded e) {
            if (over != null) {
                over.failed(e.reason());
            }
        }
    }

    private List<RawDocument> read() {
        CollectedRecords read = new CollectedRecords();
        budget.reader().read(inputs, read);
        read.failures().forEach(f -> System.err.println("warta bench: " + f));
        return read.documents();
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
