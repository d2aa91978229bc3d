package org.warta.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.warta.io.ArticleJson;
import org.warta.io.gdelt.GdeltExport;
import org.warta.model.Article;

/**
 * The {@code warta process} of a cluster: every record of the inputs (files or folders on any Hadoop file system)
 * through the pipeline on the executors, with the same template and story stages, written under the output folder as
 * <ul>
 *   <li>{@code articles/}: the articles' JSON Lines, in input order across its part files, as {@code warta process}
 *   writes them, record for record;</li>
 *   <li>{@code failed/}: one line per record that failed or was passed over: kind, source, reason, message
 *   (tab-separated);</li>
 *   <li>{@code gdelt/} (when asked): GDELT 2.0 event rows, as {@code warta export --format gdelt} writes them;</li>
 *   <li>{@code parquet/} (when asked): the articles as Parquet ({@link ParquetOutput});</li>
 *   <li>{@code index/} (when asked): the articles as Lucene index shards ({@link IndexShards});</li>
 *   <li>{@code summary.json}: records processed, failed and passed over by reason, and time per stage.</li>
 * </ul>
 *
 * <p>The steps: files are read in slices (whole files in listing order, one partition each) and each record made an
 * article up to the template stage; the template stage runs by outlet ({@link TemplateStep}); the analysis runs in
 * the slices ({@link AnalyseStep}); the story stage sees every fingerprint in input order ({@link StoryStep}); the
 * slices are written in one pass ({@link PartWriter}). Only what a step needs travels between machines.
 */
public final class SparkProcess {
    /**
     * What the job does.
     *
     * @param referenceDate the date of articles that have none, or null
     * @param templates     take out the lines an article shares with many articles of its outlet (as {@code warta
     *                      process} does unless {@code --no-templates})
     * @param stories       group articles into stories (as {@code warta process} does unless {@code --no-stories})
     * @param gdelt         also write GDELT 2.0 event rows
     * @param parquet       also write the articles as Parquet, partitioned by language and month
     * @param index         also write the articles as Lucene index shards that {@code warta serve} opens
     * @param splitBytes    a web archive larger than this is read in parts of about this size, one task each
     */
    public record Options(LocalDate referenceDate, boolean templates, boolean stories, boolean gdelt,
                          boolean parquet, boolean index, long splitBytes) implements Serializable {
        /** Parts of 128 MiB: a CC-NEWS file of 1 GB is read by 8 tasks. */
        public static final long SPLIT_BYTES = 128L << 20;

        /** What {@code warta process} does by default. */
        public static Options defaults() {
            return new Options(null, true, true, false, false, false, SPLIT_BYTES);
        }

        /** Whether an output is made from the articles themselves (raw content included) rather than their lines. */
        boolean needsArticles() {
            return parquet || index;
        }
    }

    /** What the job did: records processed, those failed or passed over by reason, and time per stage. */
    public record Summary(long processed, Map<String, Long> failedByReason, Map<String, Long> skippedByReason,
                          Map<String, Long> stageMillis) {
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

    /** The folder of the Parquet output under the job's output. */
    public static final String PARQUET = "parquet";
    /** The folder of the index shards under the job's output: {@code warta serve --data} opens it. */
    public static final String INDEX = "index";

    private SparkProcess() {
    }

    /** Runs the job as {@code warta process} runs by default. */
    public static Summary run(SparkSession spark, List<String> inputs, String output) {
        return run(spark, inputs, output, Options.defaults());
    }

    /** Runs the job over {@code inputs} and writes its outputs under {@code output}, which must not exist yet. */
    public static Summary run(SparkSession spark, List<String> inputs, String output, Options options) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = sc.hadoopConfiguration();
        requireNew(conf, output);
        Slices slices = new Slices(Unit.of(InputFiles.list(inputs, conf), options.splitBytes()),
                4 * sc.defaultParallelism());
        List<JavaRDD<Work>> kept = new ArrayList<>();
        StageTimes times = new StageTimes();
        sc.sc().register(times, "warta stage times");
        JavaRDD<Work> read = sc.parallelize(slices.slices(), slices.count()).mapPartitions(new ReadStep(options, times));
        if (options.templates()) {
            read = TemplateStep.apply(keep(read, kept), slices,
                    sc.defaultParallelism(), options, times);
        }
        GdeltExport gdelt = options.gdelt() ? new GdeltExport(LocalDateTime.now(ZoneOffset.UTC).withNano(0),
                options.referenceDate()) : null;
        JavaRDD<Work> done = read.mapPartitions(new AnalyseStep(options, new Writing(gdelt, options.needsArticles()),
                times));
        if (options.stories()) {
            done = StoryStep.apply(keep(done, kept), slices, options, times);
        }
        if (options.needsArticles()) {
            done = keep(done, kept);
        }
        PartWriter writer = new PartWriter(output, options.gdelt());
        PartWriter.Counts counts = done.mapPartitionsWithIndex(writer::write, false)
                .fold(PartWriter.Counts.none(), PartWriter.Counts::plus);
        JavaRDD<Article> articles = done.filter(Work::isArticle).map(Work::article);
        if (options.parquet()) {
            ParquetOutput.write(spark, articles, output + "/" + PARQUET);
        }
        if (options.index()) {
            IndexShards.write(articles, output + "/" + INDEX);
        }
        kept.forEach(JavaRDD::unpersist);
        Map<String, Long> millis = new TreeMap<>();
        times.value().forEach((stage, nanos) -> millis.put(stage, nanos / 1_000_000));
        Summary summary = new Summary(counts.processed(), counts.failed(), counts.skipped(), millis);
        writeSummary(conf, output, summary);
        return summary;
    }

    /**
     * Keeps what a step reads twice (the template or story step, and the articles that step's results go back to),
     * serialised (a partition of a web archive's part holds thousands of records), spilling to disk, rather than making
     * it again.
     */
    private static JavaRDD<Work> keep(JavaRDD<Work> rdd, List<JavaRDD<Work>> kept) {
        kept.add(rdd.persist(StorageLevel.DISK_ONLY()));
        return rdd;
    }

    private static void requireNew(Configuration conf, String output) {
        Path path = new Path(output);
        try {
            if (path.getFileSystem(conf).exists(path)) {
                throw new IllegalArgumentException("the output folder " + output + " exists already: give a new one");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the output folder " + output, e);
        }
    }

    private static void writeSummary(Configuration conf, String output, Summary summary) {
        Path path = new Path(output, "summary.json");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("processed", summary.processed());
        json.put("failed", summary.failedByReason());
        json.put("skipped", summary.skippedByReason());
        json.put("stage_ms", summary.stageMillis());
        try (OutputStream out = path.getFileSystem(conf).create(path, false)) {
            out.write(ArticleJson.MAPPER.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
