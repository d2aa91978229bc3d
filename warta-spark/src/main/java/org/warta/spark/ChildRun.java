package org.warta.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs one contender of {@link SparkBench} as a child JVM and measures it. */
final class ChildRun {
    private ChildRun() {
    }

    static SparkBench.Result run(SparkBench.Contender contender) throws IOException, InterruptedException {
        String tag = contender.name().replaceAll("[^A-Za-z0-9]+", "-");
        Path peakFile = contender.workDir().resolve(tag + ".peak");
        Path stderr = contender.workDir().resolve(tag + ".err");
        Files.deleteIfExists(peakFile);
        SparkBench.deleteTree(contender.output());
        List<String> command = new ArrayList<>(contender.command());
        command.add(1, "-D" + PeakHeap.PEAK_FILE + "=" + peakFile);
        ProcessBuilder builder = new ProcessBuilder(SparkBench.pinned(contender.cores(), command))
                .redirectError(stderr.toFile());
        builder.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
        builder.redirectOutput(contender.stdout() == null
                ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(contender.stdout().toFile()));
        long t0 = System.nanoTime();
        int exit = builder.start().waitFor();
        long wall = System.nanoTime() - t0;
        if (exit != 0 && exit != 3) {
            System.err.println("warta bench --spark: " + contender.name() + " exited with " + exit + "; its stderr is in "
                    + stderr);
        }
        long peak = Files.isRegularFile(peakFile)
                ? Long.parseLong(Files.readString(peakFile, StandardCharsets.UTF_8).trim()) : 0;
        return new SparkBench.Result(contender, exit, wall, SparkBench.countLines(contender.articles()), peak);
    }
}
