package org.warta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.StoryRef;

/** {@code --stories-out} writes the stories as they stand at the end, merges resolved. */
class StoriesOutTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static StoryRef story(String id, int size, List<String> mergedFrom) {
        return new StoryRef(id, "title of " + id, size, List.of("vi", "id"), "2025-02-13", mergedFrom);
    }

    @Test
    void aMergedStorysArticlesEndInTheStoryThatTookItIn(@TempDir Path dir) throws Exception {
        StoryOption option = new StoryOption();
        option.out = dir.resolve("stories.jsonl");
        option.memory().restoreMerge("b", "a");
        option.note("a", story("a", 1, List.of()));
        option.note("b", story("b", 1, List.of()));
        option.note("c", story("c", 1, List.of()));
        option.note("b2", story("b", 2, List.of()));
        option.note("m", story("a", 4, List.of("b")));
        option.write();
        List<String> lines = Files.readAllLines(option.out);
        assertEquals(2, lines.size(), lines.toString());
        JsonNode merged = JSON.readTree(lines.get(0));
        assertEquals("a", merged.get("id").asText());
        assertEquals(4, merged.get("size").asInt());
        assertEquals("[\"a\",\"b\",\"b2\",\"m\"]", merged.get("articles").toString());
        assertEquals("[\"b\"]", merged.get("merged_from").toString());
        assertEquals("title of a", merged.get("title").asText());
        JsonNode alone = JSON.readTree(lines.get(1));
        assertEquals("c", alone.get("id").asText());
        assertEquals("[\"c\"]", alone.get("articles").toString());
        assertEquals("[]", alone.get("merged_from").toString());
    }
}
