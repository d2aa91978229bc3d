package org.warta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.io.gdelt.GdeltColumn;
import org.warta.io.gdelt.GdeltExport;
import org.warta.io.gdelt.GdeltRow;
import org.warta.model.Article;

/** The examples' events written as GDELT rows by a local Spark session: the rows of {@code warta export}, in order. */
class GdeltOutputTest {
    static final LocalDateTime ADDED = LocalDateTime.of(2026, 3, 4, 5, 6, 7);
    static final LocalDate FALLBACK = LocalDate.of(2025, 1, 1);
    static SparkSession spark;
    static List<Article> articles;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("warta-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        articles = ExampleArticles.process();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theRowsAreThoseOfTheExportArticleByArticle(@TempDir Path dir) throws Exception {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        GdeltOutput.write(sc.parallelize(articles, 3), dir.resolve("gdelt").toString(), ADDED, FALLBACK);
        List<String> written = SparkProcessTest.lines(dir.resolve("gdelt"));
        List<String> expected = expected();
        assertTrue(expected.size() >= 20, expected.size() + " rows");
        assertEquals(expected, written);
        for (String line : written) {
            assertEquals("20260304050607", GdeltRow.parse(line).get(GdeltColumn.DATEADDED));
        }
    }

    @Test
    void aPartitionGivesItsArticlesRowsInOrder() throws Exception {
        List<String> rows = new ArrayList<>();
        new GdeltOutput.Rows(ADDED, FALLBACK).call(articles.iterator()).forEachRemaining(rows::add);
        assertEquals(expected(), rows);
        assertTrue(articles.stream().anyMatch(a -> a.events().isEmpty()), "articles without rows are passed over");
    }

    /** What {@code warta export --format gdelt} writes for the same articles with the same DATEADDED. */
    private static List<String> expected() {
        GdeltExport export = new GdeltExport(ADDED, FALLBACK);
        List<String> lines = new ArrayList<>();
        for (Article a : articles) {
            export.rows(a).forEach(r -> lines.add(r.toLine()));
        }
        return lines;
    }
}
