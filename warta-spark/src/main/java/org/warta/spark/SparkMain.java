package org.warta.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's entry point for {@code spark-submit}: {@code SparkMain OUTPUT INPUT...}. Without a master given by
 * spark-submit it runs in local mode on every core. The summary goes to stderr; exit status 0 when every record was
 * processed, 3 when some failed (each is in {@code OUTPUT/failed}), 2 on a usage error.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args[0].startsWith("-")) {
            System.err.println("usage: warta spark OUTPUT INPUT...   (spark-submit ... org.warta.spark.SparkMain OUTPUT INPUT...)\n"
                    + "  OUTPUT  a folder that does not exist yet (any Hadoop file system: file:, hdfs:, s3a:)\n"
                    + "  INPUT   files or folders of text, HTML, JSON Lines, feeds, WARC or WARC.gz");
            System.exit(args.length == 1 && (args[0].equals("--help") || args[0].equals("-h")) ? 0 : 2);
        }
        SparkConf conf = new SparkConf().setAppName("warta");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        List<String> inputs = Arrays.asList(args).subList(1, args.length);
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        SparkProcess.Summary summary;
        try {
            summary = SparkProcess.run(spark, inputs, args[0]);
        } finally {
            spark.stop();
        }
        System.err.println("warta spark: " + summary);
        System.exit(summary.failed() > 0 ? 3 : 0);
    }
}
