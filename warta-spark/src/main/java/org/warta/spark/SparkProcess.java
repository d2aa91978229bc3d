package org.warta.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.warta.io.ArticleJson;

/**
 * The {@code warta process} of a cluster: every record of the inputs (files or folders on any Hadoop file system)
 * through the pipeline on the executors, written under the output folder as
 * <ul>
 *   <li>{@code articles/}: the articles' JSON Lines, in input order across its part files, as {@code warta process}
 *   writes them;</li>
 *   <li>{@code failed/}: one line per record that failed or was passed over: source, reason, message (tab-separated);</li>
 *   <li>{@code summary.json}: records processed, failed and passed over by reason.</li>
 * </ul>
 */
public final class SparkProcess {
    /** What the job did: records processed, and those failed or passed over, by reason. */
    public record Summary(long processed, Map<String, Long> failedByReason, Map<String, Long> skippedByReason) {
        public long failed() {
            return failedByReason.values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public String toString() {
            return "processed " + processed + ", failed " + failed() + (failedByReason.isEmpty() ? "" : " " + failedByReason)
                    + ", skipped " + skippedByReason.values().stream().mapToLong(Long::longValue).sum()
                    + (skippedByReason.isEmpty() ? "" : " " + skippedByReason);
        }
    }

    private SparkProcess() {
    }

    /** Runs the job over {@code inputs} and writes its outputs under {@code output}, which must not exist yet. */
    public static Summary run(SparkSession spark, List<String> inputs, String output) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = sc.hadoopConfiguration();
        List<InputFiles.Named> files = InputFiles.list(inputs, conf);
        int slices = Math.max(1, Math.min(files.size(), 4 * sc.defaultParallelism()));
        JavaRDD<Outcome> outcomes = sc.parallelize(files, slices).mapPartitions(new FileProcessing())
                .sortBy(Outcome::order, true, slices).cache();
        outcomes.filter(o -> Outcome.ARTICLE.equals(o.kind())).map(Outcome::line).saveAsTextFile(output + "/articles");
        outcomes.filter(o -> !Outcome.ARTICLE.equals(o.kind()))
                .map(o -> o.kind() + "\t" + o.source() + "\t" + o.line()).saveAsTextFile(output + "/failed");
        Map<String, Long> counts = outcomes.map(o -> o.kind() + (Outcome.ARTICLE.equals(o.kind()) ? ""
                : "\t" + o.line().substring(0, Math.max(0, o.line().indexOf('\t'))))).countByValue();
        outcomes.unpersist();
        Summary summary = summary(counts);
        writeSummary(conf, output, summary);
        return summary;
    }

    private static Summary summary(Map<String, Long> counts) {
        long processed = 0;
        Map<String, Long> failed = new TreeMap<>();
        Map<String, Long> skipped = new TreeMap<>();
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            String[] kindReason = e.getKey().split("\t", 2);
            switch (kindReason[0]) {
                case Outcome.ARTICLE -> processed += e.getValue();
                case Outcome.FAILED -> failed.merge(kindReason[1], e.getValue(), Long::sum);
                default -> skipped.merge(kindReason[1], e.getValue(), Long::sum);
            }
        }
        return new Summary(processed, failed, skipped);
    }

    private static void writeSummary(Configuration conf, String output, Summary summary) {
        Path path = new Path(output, "summary.json");
        try (OutputStream out = path.getFileSystem(conf).create(path, false)) {
            out.write(ArticleJson.MAPPER.writeValueAsString(Map.of("processed", summary.processed(),
                    "failed", summary.failedByReason(), "skipped", summary.skippedByReason()))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
