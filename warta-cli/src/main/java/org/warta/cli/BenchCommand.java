package org.warta.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.io.RunSummary;
import org.warta.model.Article;
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
                "Default corpus: ../shared/corpus/vi-news-baomoi when present, else examples/. --corpus mix: news in "
                        + "many languages from the shared sets (news-dev, the Indonesian and Malay news, the SemEval "
                        + "story pairs, 500 Vietnamese articles). Time per article and per KB is also given for each "
                        + "language the pipeline found.",
                "--sizes runs articles of about 1 KB, 10 KB, 100 KB and 1 MB (real articles of one language put "
                        + "together) and prints the time per KB of each stage at each size; --ingest times ingest "
                        + "into a new index on --threads threads: the pipeline alone, storing processed articles "
                        + "alone, and both.",
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

    @Option(names = "--warmup", paramLabel = "N", description = "Articles processed before timing starts, spread over "
            + "the corpus (default 500; with --corpus mix, the whole corpus once, so that every language is loaded).")
    Integer warmup;

    @Option(names = "--corpus", paramLabel = "NAME",
            description = "Named corpus when no PATH is given: vi (the shared Vietnamese corpus, the default) or mix "
                    + "(news in many languages from the shared sets).")
    String corpus;

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

    @picocli.CommandLine.Mixin
    SizeBench sizes = new SizeBench();

    @picocli.CommandLine.Mixin
    IngestBench ingest = new IngestBench();

    @Override
    public Integer call() throws java.io.IOException, InterruptedException,
            java.util.concurrent.ExecutionException {
        int modes = (search.enabled ? 1 : 0) + (serve.enabled ? 1 : 0) + (stories.enabled ? 1 : 0)
                + (sizes.enabled ? 1 : 0) + (ingest.enabled ? 1 : 0);
        if (modes > 1) {
            System.err.println("warta bench: choose one of --search, --serve, --stories, --sizes and --ingest");
            return ExitCodes.USAGE;
        }
        if (corpus != null && !BenchCorpus.NAMES.contains(corpus.toLowerCase(java.util.Locale.ROOT))) {
            System.err.println("warta bench: no corpus named '" + corpus + "' (choose one of " + BenchCorpus.NAMES
                    + ")");
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
        if (sizes.enabled) {
            return sizes.run(inputs, corpus, budget, warmup != null ? warmup : 500);
        }
        if (ingest.enabled) {
            return ingest.run(inputs, corpus, budget, warmup != null ? warmup : 500);
        }
        Pipeline pipeline = pipeline();
        resetPeaks();
        long t0 = System.nanoTime();
        BenchCorpus.Loaded loaded = BenchCorpus.load(inputs, corpus, budget.reader());
        List<RawDocument> docs = loaded.documents();
        long readNanos = System.nanoTime() - t0;
        System.err.println("warta bench: stages " + pipeline.stageNames() + ", corpus " + loaded.description());
        if (docs.isEmpty()) {
            System.err.println("warta bench: no articles found in " + loaded.description());
            return ExitCodes.USAGE;
        }
        long[] sizes = utf8Sizes(docs);
        long bytes = java.util.Arrays.stream(sizes).sum();
        boolean mix = corpus != null && BenchCorpus.MIX.equals(corpus.toLowerCase(java.util.Locale.ROOT));
        int warm = warmup != null ? warmup : mix && inputs.isEmpty() ? docs.size() : 500;
        warmUp(pipeline, docs, warm);
        // the same stages, with what the warm-up loaded for each language, timed afresh
        Pipeline timed = pipeline.withBudget(budget.budget());
        RunSummary over = new RunSummary();
        LanguageCosts languages = new LanguageCosts(timed.stageNames());
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        long[] stagesBefore = stageNanos(timed);
        // one reading of each clock between two articles, so that every moment of the pass (a wait for a core
        // included, which a loaded machine puts at such calls) is counted for one article
        long lastCpu = cpu0;
        long last = t1;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < docs.size(); i++) {
                Article done = process(timed, docs.get(i), over);
                long now = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                long[] stagesAfter = stageNanos(timed);
                long[] delta = new long[stagesAfter.length];
                for (int s = 0; s < delta.length; s++) {
                    delta[s] = stagesAfter[s] - stagesBefore[s];
                }
                stagesBefore = stagesAfter;
                languages.add(done == null ? "over-budget" : done.language().code(), now - last, cpu - lastCpu,
                        sizes[i], delta);
                last = now;
                lastCpu = cpu;
            }
        }
        long processNanos = System.nanoTime() - t1;
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpu0;
        if (over.failedCount() > 0) {
            System.err.println("warta bench: over the budget (timed passes): " + over.failedByReason());
        }
        long n = (long) docs.size() * rounds;
        double seconds = (processNanos + readNanos * rounds) / 1e9;
        System.out.printf("articles            %d (%s MB of text)%n", docs.size(), String.format("%.1f", bytes / 1e6));
        System.out.printf("articles/s, 1 core  %.0f  (reading included)%n", n / seconds);
        System.out.printf("articles/s, stages  %.0f  (pipeline only)%n", n / (processNanos / 1e9));
        System.out.printf("articles/s, CPU     %.0f  (pipeline only, by the CPU time of the timing thread)%n",
                n / (cpuNanos / 1e9));
        System.out.printf("MB/s                %.2f%n", bytes * rounds / 1e6 / seconds);
        System.out.printf("reading             %.3f ms/article%n", readNanos / 1e6 / docs.size());
        for (Map.Entry<String, Long> e : timed.timings().entrySet()) {
            System.out.printf("  %-17s %.3f ms/article (%.0f%%)%n", e.getKey(), e.getValue() / 1e6 / n, 100.0 * e.getValue() / processNanos);
        }
        System.out.printf("peak heap           %d MB (max %d MB)%n", peakHeapBytes() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.printf("load average        %.1f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.gc();
        System.out.printf("heap after a full GC %d MB%n", (Runtime.getRuntime().totalMemory()
                - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
        System.out.println("per language (as identified; ms/article and µs per KB of UTF-8 input, wall clock):");
        System.out.print(languages.table());
        return ExitCodes.OK;
    }

    /**
     * Runs {@code count} articles untimed (at most two passes), spread over the corpus, so that a mix of languages
     * has each language's resources loaded and its code compiled before timing.
     */
    static void warmUp(Pipeline pipeline, List<RawDocument> docs, int count) {
        for (int i = 0; i < Math.min(count, docs.size() * 2); i++) {
            process(pipeline, docs.get(count <= docs.size() ? (int) ((long) i * docs.size() / count) : i % docs.size()),
                    null);
        }
    }

    private static long[] stageNanos(Pipeline pipeline) {
        return pipeline.timings().values().stream().mapToLong(Long::longValue).toArray();
    }

    static long[] utf8Sizes(List<RawDocument> docs) {
        long[] sizes = new long[docs.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = docs.get(i).content().getBytes(StandardCharsets.UTF_8).length;
        }
        return sizes;
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

    /** Runs one record; one over the budget is counted (when asked), null returned, and the bench goes on. */
    static Article process(Pipeline pipeline, RawDocument doc, RunSummary over) {
        try {
            return pipeline.process(doc);
        } catch (BudgetExceeded e) {
            if (over != null) {
                over.failed(e.reason());
            }
            return null;
        }
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
