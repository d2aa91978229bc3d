package org.warta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.index.ArticleIndex;
import org.warta.index.ArticleSearcher;
import org.warta.index.SearchRequest;
import org.warta.index.SearchResult;
import org.warta.io.ArticleJson;
import org.warta.model.Article;

/**
 * The bundled examples, processed and put into stories in input order as the job does, written as index shards from
 * a local Spark session of two threads, then opened as a data directory: every article is there, searchable, with the
 * story it came with.
 */
class IndexShardsTest {
    static SparkSession spark;
    static JavaSparkContext sc;
    static List<Article> articles;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("warta-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        articles = ExampleArticles.process();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theShardsOpenAsOneIndexOfEveryArticleWithItsStory(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out/index");
        IndexShards.write(sc.parallelize(articles, 2), out.toString());
        assertEquals(List.of("shard-00000", "shard-00001"), names(out), "one shard per partition, nothing else");

        try (ArticleIndex index = ArticleIndex.openReadOnly(out)) {
            assertEquals(articles.size(), index.count());
            SearchResult hits = new ArticleSearcher(index, null).search(SearchRequest.of("Merz Bundeskanzler"));
            assertEquals(1, hits.total());
            assertTrue(hits.hits().get(0).title().contains("Merz"), hits.hits().get(0).title());
            long sharedStories = articles.stream().filter(a -> !a.story().id().equals(a.id())).count();
            assertTrue(sharedStories > 0, "some article joined a story another began");
            for (Article a : articles) {
                JsonNode stored = ArticleJson.MAPPER.readTree(index.json(a.id()));
                assertEquals(a.story().id(), stored.path("story").path("id").asText(), a.id());
            }
        }
    }

    @Test
    void anEmptyPartitionWritesNoShardAndTheOthersKeepTheirNumbers(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("index");
        List<Article> two = articles.subList(0, 2);
        // three partitions of two articles: the first is empty
        IndexShards.write(sc.parallelize(two, 3), out.toString());
        assertEquals(List.of("shard-00001", "shard-00002"), names(out));
        try (ArticleIndex index = ArticleIndex.openReadOnly(out)) {
            assertEquals(2, index.count());
        }
    }
}
