package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.io.ArticleJson;
import org.warta.io.Failure;
import org.warta.io.InputReader;
import org.warta.io.ReadLimits;
import org.warta.io.RecordSink;
import org.warta.model.Article;
import org.warta.model.RawDocument;
import org.warta.pipeline.Pipeline;
import org.warta.testing.Fixtures;

/**
 * The bundled examples stored in one index, and the same articles (with the stories that index gave them) stored as
 * two shards, first half and second half, opened together from one data directory: every view sees the same.
 */
class ShardsTest {
    @TempDir
    static Path dir;
    static List<Article> fresh;
    static List<Article> stored = new ArrayList<>();
    static ArticleIndex whole;
    static ArticleIndex sharded;

    @BeforeAll
    static void build() throws IOException {
        whole = ArticleIndex.open(dir.resolve("whole"));
        fresh = examples();
        fresh.forEach(a -> stored.add(whole.put(a)));
        whole.commit();
        int half = stored.size() / 2;
        Path data = dir.resolve("sharded");
        writeShard(stored.subList(0, half), 0, data);
        writeShard(stored.subList(half, stored.size()), 1, data);
        sharded = ArticleIndex.openReadOnly(data);
    }

    @AfterAll
    static void close() {
        whole.close();
        sharded.close();
    }

    /** The examples through the standard pipeline, in the order a run reads them. */
    static List<Article> examples() {
        Pipeline pipeline = Warta.pipeline(WartaOptions.defaults());
        List<Article> out = new ArrayList<>();
        new InputReader(ReadLimits.DEFAULT, InputStream.nullInputStream())
                .read(List.of(Fixtures.examples().toString()), new RecordSink() {
                    @Override
                    public void accept(RawDocument document) {
                        out.add(pipeline.process(document));
                    }

                    @Override
                    public void fail(Failure failure) {
                        throw new AssertionError(failure.toString());
                    }

                    @Override
                    public void skip(Failure failure) {
                    }
                });
        return out;
    }

    /** What a partition of the Spark job does: an index of its articles, its files copied to DATA/shard-NNNNN. */
    static void writeShard(List<Article> articles, int number, Path data) throws IOException {
        Path local = dir.resolve("build-" + number + "-" + System.nanoTime());
        try (ArticleIndex shard = ArticleIndex.openShard(local, number)) {
            articles.forEach(shard::put);
            shard.commit();
        }
        Path target = data.resolve(ArticleIndex.shardName(number));
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(local.resolve("index"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }

    static JsonNode json(Object result) {
        JsonNode tree = ResultJson.MAPPER.valueToTree(result);
        dropTimings(tree);
        return tree;
    }

    private static void dropTimings(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of("took_millis", "took_ms", "took"));
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            dropTimings(it.next());
        }
    }

    @Test
    void theExamplesSpanStoriesAcrossTheTwoHalves() {
        int half = stored.size() / 2;
        assertTrue(stored.size() >= 20, "examples: " + stored.size());
        List<String> first = stored.subList(0, half).stream().map(a -> a.story().id()).toList();
        assertTrue(stored.subList(half, stored.size()).stream().anyMatch(a -> first.contains(a.story().id())),
                "some story of the second half began in the first, so that its id must survive the shards");
    }

    @Test
    void searchesCountsAndFacetsAreThoseOfOneIndex() {
        assertEquals(whole.count(), sharded.count());
        assertEquals(stored.size(), sharded.count());
        ArticleSearcher one = new ArticleSearcher(whole, null);
        ArticleSearcher two = new ArticleSearcher(sharded, null);
        for (String q : List.of("", "Trump", "Xi Jinping", "banjir OR lũ", "lang:id", "tarifas")) {
            SearchRequest r = new SearchRequest(q, null, null, null, null, null, null, null, 50, null, null, true,
                    true);
            SearchResult a = one.search(r);
            assertEquals(json(a), json(two.search(r)), q);
            if (q.equals("Trump")) {
                assertTrue(a.total() > 0, "a query that finds something");
            }
        }
    }

    @Test
    void storiesEntitiesEventsAndTheOverviewAreThoseOfOneIndex() {
        ArticleSearcher one = new ArticleSearcher(whole, null);
        ArticleSearcher two = new ArticleSearcher(sharded, null);
        StoryRequest stories = new StoryRequest("", null, null, null, null, null, StoryRequest.Order.LARGEST, 100,
                null);
        StoryList list = new StorySearcher(one).stories(stories);
        assertEquals(list, new StorySearcher(two).stories(stories));
        assertTrue(list.stories().stream().anyMatch(s -> s.size() > 1), "stories of several articles");
        for (StoryList.Summary s : list.stories()) {
            assertEquals(new StorySearcher(one).story(s.id()), new StorySearcher(two).story(s.id()), s.id());
        }
        SearchResult all = one.search(SearchRequest.of(""));
        for (List<SearchResult.FacetValue> values : all.facets().values()) {
            for (SearchResult.FacetValue v : values.subList(0, Math.min(3, values.size()))) {
                if (v.value().contains(":") || v.value().startsWith("Q")) {
                    assertEquals(json(one.entity(v.value())), json(two.entity(v.value())), v.value());
                }
            }
        }
        EventRequest events = new EventRequest(null, null, null, null, null, null, true, 100, null);
        assertEquals(json(one.events(events)), json(two.events(events)));
        OverviewRequest overview = new OverviewRequest(null, null, OverviewRequest.DEFAULT_DAYS, true, List.of(), 10);
        assertEquals(json(new Overview(one).of(overview)), json(new Overview(two).of(overview)));
    }

    @Test
    void shardsAreMergedOnceAndStoringGoesOnAfterThem(@TempDir Path other) throws IOException {
        Path data = other.resolve("data");
        writeShard(stored.subList(0, 3), 0, data);
        writeShard(stored.subList(3, 5), 1, data);
        // the same text as a shard's article under another id, stored without a story
        Article copy = fresh.get(1).toBuilder().id("copy-of-" + fresh.get(1).id()).build();
        Article put;
        try (ArticleIndex index = ArticleIndex.open(data)) {
            assertEquals(5, index.count());
            put = index.put(copy);
            index.commit();
        }
        assertEquals(stored.get(1).story().id(), put.story().id(),
                "story memory is restored from the shards' articles, in their order");
        try (ArticleIndex index = ArticleIndex.open(data)) {
            assertEquals(6, index.count(), "the shards are not merged a second time");
        }
        try (ArticleIndex index = ArticleIndex.openReadOnly(data)) {
            assertEquals(6, index.count());
            assertEquals(copy.id(), ArticleJson.MAPPER.readTree(index.json(copy.id())).get("id").asText());
        }
    }

    @Test
    void shardsOfAnotherRunAreRefusedNotMixedIn(@TempDir Path other) throws IOException {
        Path data = other.resolve("data");
        writeShard(stored.subList(0, 3), 0, data);
        try (ArticleIndex index = ArticleIndex.open(data)) {
            assertEquals(3, index.count());
        }
        // a second run's first partition, copied beside the first run's under another number
        Path local = other.resolve("second");
        try (ArticleIndex shard = ArticleIndex.openShard(local, 0)) {
            stored.subList(3, 6).forEach(shard::put);
        }
        Path target = data.resolve(ArticleIndex.shardName(7));
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(local.resolve("index"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
        IndexException e = assertThrows(IndexException.class, () -> ArticleIndex.openReadOnly(data).close());
        assertTrue(e.getMessage().contains("shard-00007"), e.getMessage());
        assertEquals(3, ArticleIndex.committedCount(data), "nothing of the refused shard went in");
    }

    @Test
    void aFolderNamedAsAShardWithoutAnIndexIsReported(@TempDir Path other) throws IOException {
        Path data = other.resolve("data");
        Files.createDirectories(data.resolve("shard-00000"));
        IndexException e = assertThrows(IndexException.class, () -> ArticleIndex.openReadOnly(data).close());
        assertTrue(e.getMessage().contains("holds no index"), e.getMessage());
    }
}
