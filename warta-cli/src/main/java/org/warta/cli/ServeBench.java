package org.warta.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.index.Ingester;
import org.warta.io.InputReader;
import org.warta.server.WartaServer;
import picocli.CommandLine.Option;

/**
 * {@code warta bench --serve}: the HTTP server under a mixed load from many clients in this same process, on
 * loopback. Builds the index from a corpus (by default the shared Vietnamese news, 5,000 articles), or reuses the
 * one in {@code --data}; reports requests per second and latency percentiles per kind of request and overall.
 */
final class ServeBench {
    @Option(names = "--serve", description = "Benchmark the HTTP server instead: a mixed API load from concurrent "
            + "clients in this process (see --clients, --requests, --seconds, --data).")
    boolean enabled;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "32",
            description = "With --serve: concurrent clients, each sending its next request when answered (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "20000",
            description = "With --serve: timed requests at most (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60",
            description = "With --serve: timed seconds at most (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup-requests", paramLabel = "N", defaultValue = "5000",
            description = "With --serve: untimed requests first, so that the JIT has compiled what is timed (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--data", paramLabel = "DIR",
            description = "With --serve: the index to serve; built there from the corpus when it has none "
                    + "(default: a new folder under target/, removed afterwards).")
    Path data;

    int run(List<String> inputs) throws IOException, InterruptedException {
        if (clients < 1 || requests < 1 || seconds <= 0 || warmup < 0) {
            System.err.println("warta bench --serve: --clients, --requests and --seconds must be positive");
            return ExitCodes.USAGE;
        }
        boolean temporary = data == null;
        Path dir = temporary ? Files.createTempDirectory(scratch(), "bench-serve-") : data;
        try {
            if (!Files.isDirectory(dir.resolve("index")) && build(dir, inputs) == 0) {
                System.err.println("warta bench --serve: no articles found in " + corpus(inputs));
                return ExitCodes.USAGE;
            }
            return load(dir, temporary);
        } finally {
            if (temporary) {
                delete(dir);
            }
        }
    }

    private static Path scratch() {
        Path target = Home.dir().resolve("target");
        return Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static List<String> corpus(List<String> inputs) {
        if (!inputs.isEmpty()) {
            return inputs;
        }
        Path vi = Home.shared("corpus/vi-news-baomoi");
        return List.of((Home.exists(vi) ? vi : Home.examples()).toString());
    }

    /** Processes the corpus into a new index; returns the articles stored. */
    private static long build(Path dir, List<String> inputs) {
        List<String> paths = corpus(inputs);
        System.err.println("warta bench --serve: building the index in " + dir + " from " + paths);
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            Progress progress = Progress.onTerminal(System.err, "articles");
            Ingester.Result result = new Ingester(index, Warta.pipeline(WartaOptions.defaults()),
                    new Ingester.Options(Runtime.getRuntime().availableProcessors(), 5000))
                    .run(paths, InputReader.standard(), new Ingester.Listener() {
                        @Override
                        public void step() {
                            progress.step();
                        }

                        @Override
                        public void failed(org.warta.io.Failure failure) {
                            progress.clearLine();
                            System.err.println("warta bench --serve: " + failure);
                        }
                    });
            progress.finish();
            index.commit();
            System.err.println("warta bench --serve: " + result.describe());
            return index.count();
        }
    }

    private int load(Path dir, boolean temporary) throws InterruptedException {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            ApiLoad.Material material = ApiLoad.Material.of(index);
            if (material.titles().isEmpty()) {
                System.err.println("warta bench --serve: the index in " + dir + " has no titled articles to search for");
                return ExitCodes.USAGE;
            }
            System.err.println("warta bench --serve: " + material.describe());
            try (WartaServer server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                    WartaServer.Config.defaults().withHost("127.0.0.1").withPort(0))) {
                ApiLoad load = new ApiLoad(server.url(), material);
                if (warmup > 0) {
                    System.err.println("warta bench --serve: warming up with " + warmup + " requests on " + server.url());
                    load.run(clients, warmup, seconds, 1, n -> { });
                }
                System.err.println("warta bench --serve: timing " + requests + " requests at most, " + seconds
                        + " s at most, from " + clients + " clients");
                Progress progress = Progress.onTerminal(System.err, "requests");
                progress.total(requests);
                long cpu0 = processCpuNanos();
                ApiLoad.Result result = load.run(clients, requests, seconds, 2, n -> progress.step());
                long cpu = processCpuNanos() - cpu0;
                progress.finish();
                report(index, dir, temporary, result, cpu);
                result.errorSamples().forEach(e -> System.err.println("warta bench --serve: failed: " + e));
                return result.overall().errors() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
            }
        }
    }

    /** CPU time of the whole process, server and clients together; -1 when the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private void report(ArticleIndex index, Path dir, boolean temporary, ApiLoad.Result result, long cpuNanos) {
        System.out.printf("index          %d articles, %.1f MB%s%n", index.count(), index.sizeOnDisk() / 1e6,
                temporary ? " (built for this run)" : " in " + dir);
        System.out.printf("load           %d clients in this process, on 127.0.0.1; %d cores%n", clients,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-16s %6s %8s %7s %9s %8s %8s %8s%n", "kind", "share", "requests", "errors", "req/s",
                "p50 ms", "p95 ms", "p99 ms");
        for (ApiLoad.Kind k : ApiLoad.Kind.values()) {
            row(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), k.weight + "%",
                    result.byKind().get(k), result.seconds());
        }
        row("overall", "", result.overall(), result.seconds());
        System.out.printf("time           %.1f s%n", result.seconds());
        if (cpuNanos >= 0) {
            System.out.printf("CPU            %.2f ms a request, server and clients; %.2f of %d cores in use "
                            + "(the rest went to other processes, or waited)%n",
                    cpuNanos / 1e6 / Math.max(1, result.overall().count()), cpuNanos / 1e9 / result.seconds(),
                    Runtime.getRuntime().availableProcessors());
        }
        System.out.printf("load average   %.2f (1 min) on %d cores, after the run%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("peak heap      %d MB%n", BenchCommand.peakHeapBytes() / (1024 * 1024));
    }

    private static void row(String name, String share, ApiLoad.Samples s, double seconds) {
        System.out.printf("%-16s %6s %8d %7d %9.1f %8.1f %8.1f %8.1f%n", name, share, s.count(), s.errors(),
                s.count() / seconds, s.percentile(50), s.percentile(95), s.percentile(99));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        }
    }
}
