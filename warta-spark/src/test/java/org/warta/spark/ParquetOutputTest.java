package org.warta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.io.ArticleJson;
import org.warta.model.Article;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;

/**
 * The bundled examples, processed with stories, written as Parquet by a local Spark session of two threads and read
 * back: one folder per language and month, and every article equal, field for field and at every depth, to the JSON
 * {@code warta process} writes for it.
 */
class ParquetOutputTest {
    static SparkSession spark;
    static List<Article> articles;
    static Dataset<Row> written;
    @TempDir
    static Path dir;

    @BeforeAll
    static void writeTheExamples() {
        spark = SparkSession.builder().master("local[2]").appName("warta-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                // null fields stay in the JSON read back, as ArticleJson writes them
                .config("spark.sql.jsonGenerator.ignoreNullFields", "false").getOrCreate();
        articles = ExampleArticles.process();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ParquetOutput.write(spark, sc.parallelize(articles, 2), dir.resolve("parquet").toString());
        written = spark.read().parquet(dir.resolve("parquet").toString()).cache();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theFilesLieInAFolderPerLanguageAndMonth() throws Exception {
        Set<String> expected = articles.stream()
                .map(a -> "language=" + a.language().code() + "/month=" + ParquetOutput.month(a))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(expected.size() >= 10, expected.toString());
        assertTrue(expected.stream().anyMatch(p -> p.endsWith("month=2025-01")), expected.toString());
        Path root = dir.resolve("parquet");
        Set<String> folders = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.getFileName().toString().endsWith(".parquet"))
                    .forEach(p -> folders.add(root.relativize(p.getParent()).toString().replace('\\', '/')));
        }
        assertEquals(expected, folders);
    }

    @Test
    void eachLanguageHoldsItsArticles() {
        Map<String, Long> expected = articles.stream()
                .collect(Collectors.groupingBy(a -> a.language().code(), TreeMap::new, Collectors.counting()));
        Map<String, Long> counted = new TreeMap<>();
        for (Row r : written.groupBy("language").count().collectAsList()) {
            counted.put(r.getString(0), r.getLong(1));
        }
        assertEquals(expected, counted);
        assertEquals(articles.size(), written.count());
    }

    @Test
    void nestedFieldsHoldWhatTheJsonHolds() {
        Map<String, Row> byId = byId(written.collectAsList(), r -> r.getAs("id"));
        int kbIds = 0;
        int actors = 0;
        int stories = 0;
        for (Article a : articles) {
            JsonNode json = ArticleJson.toJson(a);
            Row row = byId.get(a.id());
            assertEquals(json.path("input").path("format").asText(), row.<Row>getAs("input").getAs("format"));
            List<Row> entities = row.getList(row.fieldIndex("entities"));
            if (!entities.isEmpty() && !json.path("entities").get(0).path("kb_id").isNull()) {
                assertEquals(json.path("entities").get(0).path("kb_id").asText(), entities.get(0).getAs("kb_id"), a.id());
                kbIds++;
            }
            List<Row> events = row.getList(row.fieldIndex("events"));
            if (!events.isEmpty()) {
                assertEquals(json.path("events").get(0).path("actor1").path("code").asText(),
                        events.get(0).<Row>getAs("actor1").getAs("code"), a.id());
                assertEquals(json.path("events").get(0).path("evidence").asText(),
                        events.get(0).getAs("evidence"), a.id());
                actors++;
            }
            if (a.story() != null) {
                assertEquals(json.path("story").path("id").asText(), row.<Row>getAs("story").getAs("id"), a.id());
                stories++;
            }
        }
        assertTrue(kbIds >= 5 && actors >= 5 && stories == articles.size(),
                kbIds + " kb ids, " + actors + " events, " + stories + " stories");
    }

    @Test
    void everyArticleReadsBackAsItsJson() throws Exception {
        Map<String, String> json = byId(written.drop(ParquetOutput.MONTH).toJSON().collectAsList(),
                line -> jsonId(line));
        for (Article a : articles) {
            assertEquals(ArticleJson.toJson(a), ArticleJson.MAPPER.readTree(json.get(a.id())), a.id());
        }
    }

    @Test
    void theSchemaHasEveryFieldOfTheJsonContract() {
        Set<String> contract = new LinkedHashSet<>();
        ArticleJson.toJson(articles.get(0)).fieldNames().forEachRemaining(contract::add);
        Set<String> columns = new LinkedHashSet<>(List.of(written.schema().fieldNames()));
        columns.remove(ParquetOutput.MONTH);
        assertEquals(new TreeSet<>(contract), new TreeSet<>(columns));
        List<String> declared = new ArrayList<>(List.of(ParquetOutput.SCHEMA.fieldNames()));
        declared.remove(ParquetOutput.MONTH);
        assertEquals(new ArrayList<>(contract), declared, "the schema keeps the contract's order");
    }

    @Test
    void theMonthIsThatOfThePublicationDateAsWritten() {
        assertEquals("2025-01", ParquetOutput.month(published("2025-01-31T23:30:00-05:00")));
        assertEquals("2024-12", ParquetOutput.month(published("2024-12-06")));
        assertEquals("2024-12", ParquetOutput.month(published("2024-12")));
        assertEquals(ParquetOutput.UNDATED, ParquetOutput.month(published(null)));
        assertEquals(ParquetOutput.UNDATED, ParquetOutput.month(published("2024")));
        assertEquals(ParquetOutput.UNDATED, ParquetOutput.month(published("2024-13-01")));
        assertEquals(ParquetOutput.UNDATED, ParquetOutput.month(published("6 December 2024")));
    }

    private static Article published(String date) {
        Article a = Article.of(RawDocument.ofText("Some text."));
        return a.toBuilder().metadata(new Metadata(null, false, date, null, null, null, null)).build();
    }

    private static String jsonId(String line) {
        try {
            return ArticleJson.MAPPER.readTree(line).path("id").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Rows by article id; the examples' ids are all different. */
    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> out = new HashMap<>();
        for (T item : items) {
            out.put(id.apply(item), item);
        }
        assertEquals(articles.size(), out.size(), "one row per article, ids all different");
        return out;
    }
}
