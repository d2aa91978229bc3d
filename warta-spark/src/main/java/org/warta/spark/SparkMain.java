package org.warta.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job's entry point for {@code spark-submit} and {@code warta spark}. Without a master given by spark-submit (or
 * {@code -Dspark.master}) it runs in local mode on every core. The summary goes to stderr; exit status 0 when every
 * record was processed, 3 when some failed (each is in {@code OUTPUT/failed}), 2 on a usage error, 1 when the job
 * itself failed.
 */
@Command(name = "warta spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the pipeline over INPUT as a Spark job and writes under OUTPUT: articles/ (JSON Lines as "
                + "'warta process' writes them, in input order), failed/ (records failed or passed over, with the "
                + "reason), gdelt/ (with --gdelt), parquet/ (with --parquet), index/ (with --index) and summary.json.",
                "On a cluster: spark-submit --class org.warta.spark.SparkMain warta-spark-job.jar OUTPUT INPUT..."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every record was processed", "1:the job failed", "2:usage error",
                "3:some records failed (see OUTPUT/failed)"})
public final class SparkMain implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUTPUT",
            description = "A folder that does not exist yet, on any Hadoop file system (file:, hdfs:, s3a:).")
    String output;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "INPUT",
            description = "Files or folders of text, HTML, JSON Lines, feeds, WARC or WARC.gz.")
    List<String> inputs;

    @Option(names = "--no-templates", description = "Keep lines that recur across many articles of one outlet.")
    boolean noTemplates;

    @Option(names = "--no-stories", description = "Do not group articles into stories.")
    boolean noStories;

    @Option(names = "--gdelt", description = "Also write GDELT 2.0 event rows under OUTPUT/gdelt.")
    boolean gdelt;

    @Option(names = "--parquet", description = "Also write the articles as Parquet under OUTPUT/parquet, "
            + "partitioned by language and publication month.")
    boolean parquet;

    @Option(names = "--index", description = "Also write the articles as Lucene index shards under OUTPUT/index: "
            + "'warta serve --data OUTPUT/index' opens them as one index.")
    boolean index;

    @Option(names = "--split-mb", paramLabel = "MB", description = "Read a web archive larger than this in parts "
            + "of about this size, one task each (default: ${DEFAULT-VALUE}).")
    long splitMegabytes = SparkProcess.Options.SPLIT_BYTES >> 20;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "Reference date for articles without a publication date.")
    LocalDate referenceDate;

    /** Spark's share of an executor's heap (its default is 0.6): the rest holds the pipeline. */
    static final String MEMORY_FRACTION = "0.2";

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }

    @Override
    public Integer call() {
        if (splitMegabytes < 1) {
            System.err.println("warta spark: --split-mb must be at least 1");
            return 2;
        }
        SparkConf conf = new SparkConf().setAppName("warta");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (!conf.contains("spark.memory.fraction")) {
            // the pipeline's language data and models live in the executor's own memory, outside Spark's share
            conf.set("spark.memory.fraction", MEMORY_FRACTION);
        }
        SparkProcess.Options options = new SparkProcess.Options(referenceDate, !noTemplates, !noStories, gdelt,
                parquet, index, splitMegabytes << 20);
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        SparkProcess.Summary summary;
        try {
            summary = SparkProcess.run(spark, inputs, output, options);
        } catch (IllegalArgumentException e) {
            System.err.println("warta spark: " + e.getMessage());
            return 2;
        } finally {
            spark.stop();
        }
        System.err.println("warta spark: " + summary);
        return summary.failed() > 0 ? 3 : 0;
    }
}
