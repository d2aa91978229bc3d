package org.warta.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code warta bench --spark [--rounds N] [--out DIR] [PATH...]}: the Spark job against {@code warta process} on one
 * corpus. Each contender runs in a JVM of its own, started as the launcher starts it: {@code warta process --threads 2}
 * (with the options that give the job's articles), then {@code SparkMain} in {@code local[1]} and {@code local[2]}.
 * For each it prints articles, wall time, articles per second (in all and per core) and peak heap, then the two ratios
 * the job is held to and whether its articles are byte for byte those of the process. Wall time is the whole run, JVM,
 * pipeline and Spark start included. Exit status 0, 2 on a usage error, 3 when a contender failed or its articles
 * differ.
 */
public final class SparkBench {
    /** What {@code warta process} needs to write the articles the job writes: its defaults, as the job's. */
    static final List<String> PROCESS_OPTIONS = List.of();
    static final int PROCESS_THREADS = 2;

    private SparkBench() {
    }

    /** The command line: inputs (empty: the default corpus), timed rounds (the best of them counts), output folder. */
    record Options(List<String> inputs, int rounds, Path out, boolean help) {
        static Options parse(String... args) {
            List<String> inputs = new ArrayList<>();
            int rounds = 1;
            Path out = null;
            boolean help = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> help = true;
                    case "--rounds" -> rounds = positive(value(args, ++i, "--rounds"));
                    case "--out" -> out = Path.of(value(args, ++i, "--out"));
                    default -> {
                        if (args[i].startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        inputs.add(args[i]);
                    }
                }
            }
            return new Options(List.copyOf(inputs), rounds, out, help);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int positive(String text) {
            try {
                int n = Integer.parseInt(text);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--rounds takes a positive number, not " + text);
        }
    }

    /**
     * One way to produce the articles: {@code output} is what a run creates (removed before each run), {@code stdout}
     * the file its standard output goes to (null: none kept), {@code articles} the file or folder of part files that
     * holds its articles, {@code workDir} where its stderr and peak heap go.
     */
    record Contender(String name, int cores, List<String> command, Path output, Path stdout, Path articles,
                     Path workDir) {
    }

    /** One finished run of a contender. */
    record Result(Contender contender, int exit, long wallNanos, long articles, long peakHeapBytes) {
        double seconds() {
            return wallNanos / 1e9;
        }

        double perSecond() {
            return articles / seconds();
        }

        boolean ok() {
            return exit == 0 || exit == 3;
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("warta bench --spark: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(USAGE);
            System.exit(0);
        }
        String wartaJar = System.getProperty("warta.jar");
        if (wartaJar == null || !Files.isRegularFile(Path.of(wartaJar))) {
            System.err.println("warta bench --spark: the application jar is not there (-Dwarta.jar): " + wartaJar);
            System.exit(2);
        }
        Path home = Path.of(System.getProperty("warta.home", ".")).toAbsolutePath().normalize();
        List<String> inputs = options.inputs().isEmpty() ? List.of(defaultCorpus(home).toString()) : options.inputs();
        boolean keep = options.out() != null;
        Path out = keep ? Files.createDirectories(options.out()) : Files.createTempDirectory("warta-spark-bench");
        int status;
        try {
            status = run(home, Path.of(wartaJar), inputs, options.rounds(), out);
        } finally {
            if (!keep) {
                deleteTree(out);
            }
        }
        System.exit(status);
    }

    static final String USAGE = "usage: warta bench --spark [--rounds N] [--out DIR] [PATH...]\n"
            + "  Times `warta process --threads 2` against the Spark job in "
            + "local[1] and local[2] on PATH\n  (default: ../shared/corpus/vi-news-baomoi when present, else "
            + "examples/): articles/s, per core, wall time, peak heap,\n  the ratios local[2]/process (target >= 0.85) "
            + "and local[2]/local[1] (target >= 1.8), and whether the articles are identical.\n"
            + "  --rounds N  run each contender N times and keep its fastest run (default 1)\n"
            + "  --out DIR   keep the outputs (and each run's stderr) in DIR instead of a temporary folder\n"
            + "  JVM options: WARTA_JAVA_OPTS for the process, WARTA_SPARK_JAVA_OPTS for the job, as the launcher.";

    static Path defaultCorpus(Path home) {
        Path vi = home.resolveSibling("shared").resolve("corpus/vi-news-baomoi");
        return Files.isDirectory(vi) ? vi : home.resolve("examples");
    }

    private static int run(Path home, Path wartaJar, List<String> inputs, int rounds, Path out)
            throws IOException, InterruptedException {
        Path wrapper = PeakHeapClass.extract(out.resolve("peak-heap-classes"));
        List<Contender> contenders = List.of(
                process(home, wartaJar, wrapper, inputs, out),
                spark(home, 1, wrapper, inputs, out),
                spark(home, 2, wrapper, inputs, out));
        System.err.println("warta bench --spark: inputs " + inputs + ", " + rounds + " round(s), outputs in " + out);
        List<Result> best = new ArrayList<>(Collections.nCopies(contenders.size(), null));
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < contenders.size(); i++) {
                Result result = ChildRun.run(contenders.get(i));
                System.err.printf(Locale.ROOT, "warta bench --spark: %s %.1f s, exit %d%n",
                        contenders.get(i).name(), result.seconds(), result.exit());
                if (best.get(i) == null || !result.ok() || result.wallNanos() < best.get(i).wallNanos()) {
                    best.set(i, result);
                }
            }
        }
        boolean allOk = best.stream().allMatch(Result::ok);
        boolean same1 = allOk && sameArticles(contenders.get(0).articles(), contenders.get(1).articles());
        boolean same2 = allOk && sameArticles(contenders.get(0).articles(), contenders.get(2).articles());
        System.out.print(report(best, same1, same2));
        return allOk && same1 && same2 ? 0 : 3;
    }

    /**
     * The command, held to its first {@code cores} processors where {@code taskset} is at hand: a JVM runs its
     * compiler and collector beside its work threads, so on a small machine a "one core" run would otherwise use the
     * others too, and neither the per-core figures nor the scaling would mean what they say.
     */
    static List<String> pinned(int cores, List<String> command) {
        if (!Files.isExecutable(TASKSET) || cores >= Runtime.getRuntime().availableProcessors() + 1) {
            return command;
        }
        List<String> out = new ArrayList<>(List.of(TASKSET.toString(), "-c", cores == 1 ? "0" : "0-" + (cores - 1)));
        out.addAll(command);
        return out;
    }

    private static final Path TASKSET = Path.of("/usr/bin/taskset");

    private static Contender process(Path home, Path wartaJar, Path wrapper, List<String> inputs, Path out) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions("WARTA_JAVA_OPTS", "-Xmx1g -Xss8m -XX:+UseSerialGC -XX:TieredStopAtLevel=4"));
        command.addAll(List.of("-Dwarta.home=" + home, "-cp", wrapper + java.io.File.pathSeparator + wartaJar,
                PeakHeap.class.getName(), "org.warta.cli.Main", "process", "--threads", String.valueOf(PROCESS_THREADS)));
        command.addAll(PROCESS_OPTIONS);
        command.addAll(inputs);
        Path articles = out.resolve("process.jsonl");
        return new Contender("process --threads " + PROCESS_THREADS, PROCESS_THREADS, command, articles, articles,
                articles, out);
    }

    private static Contender spark(Path home, int cores, Path wrapper, List<String> inputs, Path out) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions("WARTA_SPARK_JAVA_OPTS", "-Xmx2g"));
        // the openings of the JDK's internals that Spark needs, as the launcher gave them to this JVM
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect.")).forEach(command::add);
        Path job = out.resolve("local-" + cores);
        command.addAll(List.of("-Dspark.master=local[" + cores + "]", "-Dwarta.home=" + home, "-cp",
                wrapper + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                PeakHeap.class.getName(), SparkMain.class.getName(), job.toString()));
        command.addAll(inputs);
        return new Contender("spark local[" + cores + "]", cores, command, job, null, job.resolve("articles"), out);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> jvmOptions(String variable, String defaults) {
        String value = System.getenv(variable);
        String options = value == null || value.isBlank() ? defaults : value;
        return List.of(options.trim().split("\\s+"));
    }

    static String report(List<Result> results, boolean same1, boolean same2) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-22s %5s %9s %8s %10s %15s %13s %5s%n",
                "contender", "cores", "articles", "wall s", "articles/s", "articles/s/core", "peak heap MB", "exit"));
        for (Result r : results) {
            table.append(String.format(Locale.ROOT, "%-22s %5d %9d %8.1f %10.1f %15.1f %13d %5d%n",
                    r.contender().name(), r.contender().cores(), r.articles(), r.seconds(), r.perSecond(),
                    r.perSecond() / r.contender().cores(), r.peakHeapBytes() / (1024 * 1024), r.exit()));
        }
        Result process = results.get(0);
        Result local1 = results.get(1);
        Result local2 = results.get(2);
        table.append(String.format(Locale.ROOT, "ratio local[2] / process --threads 2   %.2f  (target >= 0.85)%n",
                local2.perSecond() / process.perSecond()));
        table.append(String.format(Locale.ROOT, "ratio local[2] / local[1]              %.2f  (target >= 1.8)%n",
                local2.perSecond() / local1.perSecond()));
        table.append(String.format(Locale.ROOT, "articles identical to process          local[1] %s, local[2] %s%n",
                same1 ? "yes" : "no", same2 ? "yes" : "no"));
        return table.toString();
    }

    /** Whether a folder of part files holds, concatenated in name order, exactly the bytes of one file. */
    static boolean sameArticles(Path file, Path parts) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isDirectory(parts)) {
            return false;
        }
        try (InputStream a = new BufferedInputStream(Files.newInputStream(file));
             InputStream b = new BufferedInputStream(concatenated(parts))) {
            int x;
            int y;
            do {
                x = a.read();
                y = b.read();
                if (x != y) {
                    return false;
                }
            } while (x != -1);
            return true;
        }
    }

    /** The articles in a file, or in a folder's part files: the number of lines. */
    static long countLines(Path articles) throws IOException {
        if (!Files.exists(articles)) {
            return 0;
        }
        long lines = 0;
        try (InputStream in = new BufferedInputStream(Files.isDirectory(articles)
                ? concatenated(articles) : Files.newInputStream(articles))) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    private static InputStream concatenated(Path parts) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(parts)) {
            files = listing.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        InputStream all = InputStream.nullInputStream();
        for (Path f : files) {
            all = new SequenceInputStream(all, open(f));
        }
        return all;
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
