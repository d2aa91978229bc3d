package org.warta.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.model.Article;
import org.warta.model.Layer;
import org.warta.model.RawDocument;
import org.warta.model.StoryRef;

/**
 * Merged stories: an article that ties two stories together names the one absorbed; from then on every query sees
 * the articles of both under the older story's id, also after the index is closed and opened again.
 */
class StoryMergeIndexTest {
    static Article inStory(String id, String text, String story, List<String> mergedFrom) {
        RawDocument raw = RawDocument.ofText(text);
        Article a = Warta.process(raw);
        return a.toBuilder().story(new StoryRef(story, null, 1, List.of("en"), null, mergedFrom))
                .layer(Layer.STORY).build();
    }

    static final String JAKARTA = "Heavy rain flooded twelve districts of Jakarta on Sunday, and the city opened "
            + "shelters for four thousand residents.";
    static final String HANOI = "Hanoi opened a new metro line to the western districts on Monday, the city's "
            + "transport department said.";
    static final String BOTH = "Jakarta and Hanoi compared notes on flood shelters and metro lines at a meeting of "
            + "city officials on Tuesday.";

    static StorySearcher stories(ArticleIndex index) {
        return new StorySearcher(new ArticleSearcher(index));
    }

    static List<String> ids(ArticleIndex index) {
        return stories(index).stories(new StoryRequest(null, null, null, null, null, null, null, 10, null)).stories()
                .stream().map(StoryList.Summary::id).toList();
    }

    @Test
    void aMergedStoryIsSeenUnderTheIdOfTheStoryThatAbsorbedIt(@TempDir Path dir) {
        Path data = dir.resolve("data");
        String hanoi;
        try (ArticleIndex index = ArticleIndex.open(data)) {
            index.put(inStory("jakarta", JAKARTA, "s1", List.of()));
            hanoi = index.put(inStory("hanoi", HANOI, "s2", List.of())).id();
            index.commit();
            assertEquals(2, ids(index).size());

            index.put(inStory("both", BOTH, "s1", List.of("s2")));
            index.commit();
            assertMerged(index, hanoi);
            assertEquals("s1", index.storyMemory().resolve("s2"));
        }
        try (ArticleIndex index = ArticleIndex.openReadOnly(data)) {
            assertMerged(index, hanoi);
        }
        try (ArticleIndex index = ArticleIndex.open(data)) {
            assertEquals("s1", index.storyMemory().resolve("s2"), "memory restores the merge");
            assertMerged(index, hanoi);
        }
    }

    private static void assertMerged(ArticleIndex index, String hanoi) {
        assertEquals(List.of("s1"), ids(index));
        assertEquals(3, stories(index).story("s2").path("size").asInt());
        assertEquals("s1", stories(index).story("s2").path("id").asText());
        assertEquals("s1", stories(index).article(hanoi).path("story").path("id").asText());
        assertEquals(3, stories(index).article(hanoi).path("story").path("size").asInt());
        SearchResult r = new ArticleSearcher(index).search(SearchRequest.of("metro"));
        assertEquals("s1", r.hits().get(0).story().id());
        assertEquals(1, new ArticleSearcher(index).search(SearchRequest.of(""), true).hits().size());
    }
}
