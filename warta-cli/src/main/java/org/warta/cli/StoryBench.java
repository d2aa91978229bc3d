package org.warta.cli;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.warta.Pipelines;
import org.warta.WartaOptions;
import org.warta.io.CollectedRecords;
import org.warta.io.InputReader;
import org.warta.model.RawDocument;
import org.warta.pipeline.BudgetExceeded;
import org.warta.pipeline.Pipeline;
import org.warta.story.Fingerprint;
import org.warta.story.Fingerprints;
import org.warta.story.StoryMemory;
import picocli.CommandLine.Option;

/**
 * {@code warta bench --stories}: the time to put a new article into a story after (by default) 1,000,000 articles,
 * with story memory holding what a run holds (its capacity) or, with {@code --stories-memory}, more; and the memory
 * that takes.
 *
 * <p>The real articles (by default the shared 5,000 Vietnamese ones and the examples) run through the pipeline once
 * each for their fingerprints. Memory is then filled with perturbed copies of those fingerprints: a share of the
 * features dropped and a share reweighted, a part of the text signature changed, new ids, URLs and outlets, and
 * publication days spread over a year in order of arrival. Copies of one article published within the story window
 * of each other are put back as one story ({@link StoryMemory#restore}, as when an index is reopened), so filling
 * does not compare each with the others. The timed articles are new copies published at the end of that year, each
 * assigned with {@link StoryMemory#add}, as a new article is.
 */
final class StoryBench {
    /** Of a copy's features: the share dropped, and the share of the rest whose weight is scaled by 0.5 to 1.5. */
    static final double DROP = 0.2;
    static final double REWEIGHT = 0.3;
    /** The share of a copy's text signature (MinHash slots) replaced, as light edits would. */
    static final double EDIT = 0.2;
    static final int DAYS = 365;
    static final int OUTLETS = 400;
    /** The first day of the benchmark's year (2025-01-01). */
    static final int FIRST_DAY = (int) LocalDate.of(2025, 1, 1).toEpochDay();

    @Option(names = "--stories", description = "Benchmark story assignment instead: time per new article at "
            + "--stories-size articles in story memory, peak heap and memory held.")
    boolean enabled;

    @Option(names = "--stories-size", paramLabel = "N", defaultValue = "1000000",
            description = "With --stories: articles in story memory (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--stories-memory", paramLabel = "N",
            description = "With --stories: articles story memory holds; the older ones of --stories-size are "
                    + "forgotten as they would be in a long run (default: what warta runs with, "
                    + "StoryMemory's capacity).")
    Integer memoryCapacity;

    @Option(names = "--stories-assign", paramLabel = "N", defaultValue = "5000",
            description = "With --stories: new articles timed (default: ${DEFAULT-VALUE}).")
    int assign;

    int run(List<String> inputs, InputReader reader) throws InterruptedException, ExecutionException {
        if (size < 1 || assign < 1) {
            System.err.println("warta bench --stories: --stories-size and --stories-assign must be at least 1");
            return ExitCodes.USAGE;
        }
        List<String> paths = new ArrayList<>(inputs);
        if (paths.isEmpty()) {
            if (Home.exists(Home.shared("corpus/vi-news-baomoi"))) {
                paths.add(Home.shared("corpus/vi-news-baomoi").toString());
            }
            paths.add(Home.examples().toString());
        }
        List<Fingerprint> real = fingerprints(paths, reader);
        if (real.isEmpty()) {
            System.err.println("warta bench --stories: no articles found in " + paths);
            return ExitCodes.USAGE;
        }
        StoryMemory.Options d = StoryMemory.Options.defaults();
        // memory holds what a run holds (or --stories-memory): of the --stories-size articles seen, the older ones
        // are forgotten, and each timed article makes it forget the oldest, as in a long run
        int capacity = Math.min(size, memoryCapacity != null ? Math.max(1, memoryCapacity) : d.capacity());
        StoryMemory.Options options = new StoryMemory.Options(d.windowDays(), capacity, d.join(), d.merge(),
                d.commonFeature());
        long before = usedAfterGc();
        BenchCommand.resetPeaks();
        StoryMemory memory = new StoryMemory(options);
        Random random = new Random(15);
        long t0 = System.nanoTime();
        Progress progress = Progress.onTerminal(System.err, "copies");
        progress.total(size);
        for (int i = 0; i < size; i++) {
            int base = random.nextInt(real.size());
            int day = FIRST_DAY + (int) ((long) i * DAYS / size);
            Fingerprint copy = copy(real.get(base), "c" + i, day, random);
            memory.restore(copy, "s" + base + "-" + (day - FIRST_DAY) / options.windowDays());
            progress.step();
        }
        progress.finish();
        double fillSeconds = (System.nanoTime() - t0) / 1e9;
        long[] nanos = new long[assign];
        int joined = 0;
        long t1 = System.nanoTime();
        for (int i = 0; i < assign; i++) {
            Fingerprint fresh = copy(real.get(random.nextInt(real.size())), "n" + i,
                    FIRST_DAY + DAYS + random.nextInt(2), random);
            long s = System.nanoTime();
            StoryMemory.Assignment a = memory.add(fresh);
            nanos[i] = System.nanoTime() - s;
            joined += a.story().size() > 1 ? 1 : 0;
        }
        double assignSeconds = (System.nanoTime() - t1) / 1e9;
        long peak = BenchCommand.peakHeapBytes();
        long held = usedAfterGc() - before;
        report(real, memory, fillSeconds, nanos, assignSeconds, joined, peak, held);
        return ExitCodes.OK;
    }

    private void report(List<Fingerprint> real, StoryMemory memory, double fillSeconds, long[] nanos,
                        double assignSeconds, int joined, long peak, long held) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        double features = real.stream().mapToInt(f -> f.keys().length).average().orElse(0);
        System.out.printf(Locale.ROOT, "real articles       %d (%.0f features each on average)%n", real.size(),
                features);
        System.out.printf(Locale.ROOT, "articles seen       %,d, of which story memory holds %,d; filled in %.1f s%n",
                size, memory.size(), fillSeconds);
        System.out.printf(Locale.ROOT, "assigned            %,d new articles (%d joined a story)%n", nanos.length,
                joined);
        System.out.printf(Locale.ROOT, "ms per assignment   p50 %.3f  p99 %.3f  mean %.3f  max %.3f%n",
                percentile(sorted, 0.50), percentile(sorted, 0.99), mean, sorted[sorted.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "articles/s          %.0f (one thread)%n", nanos.length / assignSeconds);
        System.out.printf(Locale.ROOT, "memory held         %d MB (%.0f bytes per article)%n", held >> 20,
                (double) held / memory.size());
        System.out.printf(Locale.ROOT, "peak heap           %d MB (max %d MB)%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    static double percentile(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** A perturbed copy of {@code f} with a new id, URL, outlet and day. */
    static Fingerprint copy(Fingerprint f, String id, int day, Random random) {
        int n = f.keys().length;
        long[] keys = new long[n];
        float[] weights = new float[n];
        byte[] kinds = new byte[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < DROP) {
                continue;
            }
            keys[kept] = f.keys()[i];
            float scale = random.nextDouble() < REWEIGHT ? 0.5f + random.nextFloat() : 1f;
            weights[kept] = f.weights()[i] * scale;
            kinds[kept] = f.kinds()[i];
            kept++;
        }
        int[] shingles = f.shingles().clone();
        for (int i = 0; i < shingles.length; i++) {
            if (random.nextDouble() < EDIT) {
                shingles[i] = random.nextInt();
            }
        }
        String outlet = "outlet" + random.nextInt(OUTLETS) + ".example";
        return new Fingerprint(id, f.language(), outlet, day, LocalDate.ofEpochDay(day).toString(), f.title(),
                "https://" + outlet + "/" + id, null, Arrays.copyOf(keys, kept), Arrays.copyOf(weights, kept),
                Arrays.copyOf(kinds, kept), f.sequence(), f.numbers(), shingles, f.sentences());
    }

    /** The pipeline runs once per real article, on every core. */
    private static List<Fingerprint> fingerprints(List<String> paths, InputReader reader)
            throws InterruptedException, ExecutionException {
        CollectedRecords read = new CollectedRecords();
        reader.read(paths, read);
        read.failures().forEach(f -> System.err.println("warta bench --stories: " + f));
        List<RawDocument> docs = read.documents();
        System.err.println("warta bench --stories: fingerprints of " + docs.size() + " articles in " + paths);
        Pipeline pipeline = Pipelines.standard(WartaOptions.defaults());
        List<Fingerprint> out = Collections.synchronizedList(new ArrayList<>());
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.submit(() -> docs.parallelStream().forEach(doc -> {
                try {
                    out.add(Fingerprints.of(pipeline.process(doc)));
                } catch (BudgetExceeded e) {
                    System.err.println("warta bench --stories: " + doc.source() + ": " + e.reason());
                }
            })).get();
        } finally {
            pool.shutdown();
        }
        List<Fingerprint> sorted = new ArrayList<>(out);
        sorted.sort((a, b) -> a.id().compareTo(b.id()));
        return sorted;
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
