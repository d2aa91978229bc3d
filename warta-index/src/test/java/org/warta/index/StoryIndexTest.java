package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.io.ArticleJson;
import org.warta.io.InputReader;
import org.warta.testing.Fixtures;

/** Stories in the index: the Indonesian fixture and its Vietnamese source, ingested in either order. */
class StoryIndexTest {
    static final String SOURCE_ID = "vi-source";
    static final String TRANSLATION_ID = "id-translation";

    static String record(String id, String url, String published, String text) {
        ObjectNode o = ArticleJson.MAPPER.createObjectNode();
        o.put("id", id);
        if (url != null) {
            o.put("url", url);
        }
        o.put("published", published);
        o.put("text", text);
        return o.toString() + "\n";
    }

    static String source() {
        return record(SOURCE_ID, Fixtures.ARTICLE_ID_SOURCE_URL, "2025-02-13", Fixtures.text(Fixtures.ARTICLE_ID_SOURCE));
    }

    static String translation() {
        return record(TRANSLATION_ID, null, "2025-02-14", Fixtures.text(Fixtures.ARTICLE_ID));
    }

    static Ingester.Result ingest(ArticleIndex index, Path dir, String name, String... records) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("", records));
        return new Ingester(index, Warta.pipeline(WartaOptions.defaults()), new Ingester.Options(1, 100))
                .run(List.of(file.toString()), InputReader.standard(), () -> { });
    }

    static List<String> relations(JsonNode article, String otherId) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : article.path("related")) {
            if (r.path("id").asText().equals(otherId)) {
                out.add(r.path("relation").asText());
            }
        }
        return out;
    }

    @Test
    void sourceFirstThenTranslationShareAStoryAndTheTieShowsBothWays(@TempDir Path dir) throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("data"))) {
            ingest(index, dir, "a.jsonl", source());
            ingest(index, dir, "b.jsonl", translation());
            assertChain(index);
        }
    }

    @Test
    void translationFirstThenSourceShareAStoryAndTheTieShowsBothWays(@TempDir Path dir) throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("data"))) {
            ingest(index, dir, "a.jsonl", translation());
            ingest(index, dir, "b.jsonl", source());
            assertChain(index);
        }
    }

    private static void assertChain(ArticleIndex index) {
        StorySearcher stories = new StorySearcher(new ArticleSearcher(index));
        ObjectNode translation = stories.article(TRANSLATION_ID);
        ObjectNode source = stories.article(SOURCE_ID);
        assertEquals(source.path("story").path("id").asText(), translation.path("story").path("id").asText());
        assertEquals(2, translation.path("story").path("size").asInt());
        assertEquals(List.of(Related_TRANSLATED_FROM), relations(translation, SOURCE_ID), translation.toString());
        assertEquals(List.of(Related_TRANSLATED_AS), relations(source, TRANSLATION_ID), source.toString());

        ObjectNode story = stories.story(translation.path("story").path("id").asText());
        assertNotNull(story);
        assertEquals(2, story.path("articles").size());
        JsonNode edges = story.path("chain").path("edges");
        assertEquals(1, edges.size(), story.path("chain").toString());
        assertEquals(SOURCE_ID, edges.get(0).path("from").asText());
        assertEquals(TRANSLATION_ID, edges.get(0).path("to").asText());
        assertEquals("translated_from", edges.get(0).path("relation").asText());
        assertEquals(2, story.path("chain").path("nodes").size());
        assertEquals(SOURCE_ID, story.path("articles").get(0).path("id").asText(), "oldest first");
        assertTrue(story.path("by_language").has("vi") && story.path("by_language").has("id"), story.toString());
    }

    static final String Related_TRANSLATED_FROM = "translated_from";
    static final String Related_TRANSLATED_AS = "translated_as";

    /** The same facts again, told in English by another outlet: no source line, so it joins on its features. */
    static final String ENGLISH = "Russia and US reopen channel between foreign ministries\n"
            + "Russian Foreign Minister Sergei Lavrov and US Secretary of State Marco Rubio spoke by phone on Thursday, "
            + "the Russian Foreign Ministry said, a day after the two presidents talked.\n"
            + "Russian President Vladimir Putin and US President Donald Trump spoke for almost an hour and a half on "
            + "February 12, 2025.\n"
            + "Lavrov and Rubio agreed to reopen channels of communication and discussed obstacles to trade, energy "
            + "and direct flights between Russia and the United States.\n"
            + "Relations have worsened since 2016, when the Obama administration expelled dozens of Russian "
            + "diplomats from Washington.\n"
            + "Lavrov also set out Moscow's view of the war in Ukraine, while Rubio said the United States wants a "
            + "lasting ceasefire.\n"
            + "According to the Kremlin, expert groups from both sides will meet in the coming weeks to prepare an "
            + "official visit.\n";

    @Test
    void aStorySurvivesReopeningTheIndex(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        String storyId;
        try (ArticleIndex index = ArticleIndex.open(data)) {
            ingest(index, dir, "a.jsonl", source(), translation());
            storyId = new StorySearcher(new ArticleSearcher(index)).article(SOURCE_ID).path("story").path("id")
                    .asText();
        }
        try (ArticleIndex index = ArticleIndex.open(data)) {
            ingest(index, dir, "b.jsonl", record("en", "https://example.com/world/russia-us-channel", "2025-02-14",
                    ENGLISH));
            StorySearcher stories = new StorySearcher(new ArticleSearcher(index));
            ObjectNode english = stories.article("en");
            assertEquals(storyId, english.path("story").path("id").asText(), english.path("related").toString());
            assertEquals(3, english.path("story").path("size").asInt());
            assertEquals(3, stories.story(storyId).path("by_language").size());
        }
    }

    @Test
    void listsStoriesWithFilters(@TempDir Path dir) throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("data"))) {
            ingest(index, dir, "a.jsonl", source(), translation(),
                    record("other", "https://example.org/flood", "2025-03-02",
                            "Heavy rain flooded twelve districts of Jakarta on Sunday, and the city opened shelters "
                                    + "for four thousand residents."));
            StorySearcher stories = new StorySearcher(new ArticleSearcher(index));
            StoryList all = stories.stories(new StoryRequest(null, null, null, null, null, null, null, 10, null));
            assertEquals(2, all.total(), all.toString());
            assertEquals("other", all.stories().get(0).id(), "newest first");
            StoryList.Summary lavrov = all.stories().get(1);
            assertEquals(2, lavrov.size());
            assertEquals(2, lavrov.languages().size());
            assertTrue(lavrov.countries().contains("RUS"), lavrov.toString());
            assertEquals(5, lavrov.entities().size(), lavrov.toString());
            assertTrue(lavrov.entities().stream().allMatch(e -> e.count() == 2), "each named by both articles");

            StoryList largest = stories.stories(new StoryRequest(null, null, null, null, null, null,
                    StoryRequest.Order.LARGEST, 1, null));
            assertEquals(lavrov.id(), largest.stories().get(0).id());
            assertNotNull(largest.nextCursor());
            StoryList second = stories.stories(new StoryRequest(null, null, null, null, null, null,
                    StoryRequest.Order.LARGEST, 1, largest.nextCursor()));
            assertEquals("other", second.stories().get(0).id());
            assertNull(second.nextCursor());

            assertEquals(List.of(lavrov.id()), ids(stories.stories(new StoryRequest(null, List.of("vi"), null, null,
                    null, null, null, 10, null))));
            assertEquals(List.of(lavrov.id()), ids(stories.stories(new StoryRequest(null, null, List.of("RUS"), null,
                    null, null, null, 10, null))));
            assertEquals(List.of(lavrov.id()), ids(stories.stories(new StoryRequest(null, null, null,
                    List.of("person/sergei-lavrov"), null, null, null, 10, null))));
            assertEquals(List.of("other"), ids(stories.stories(new StoryRequest(null, null, null, null,
                    java.time.LocalDate.parse("2025-03-01"), null, null, 10, null))));
            assertEquals(List.of("other"), ids(stories.stories(new StoryRequest("shelters", null, null, null,
                    null, null, null, 10, null))));
            assertNull(stories.story("no-such-story"));
            assertNotEquals(lavrov.id(), "other");
        }
    }

    static List<String> ids(StoryList list) {
        return list.stories().stream().map(StoryList.Summary::id).toList();
    }
}
