package org.warta.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a merge reports: the story absorbed, whichever of the two the new article was closest to. */
class StoryMemoryMergeTest {
    /** Thresholds of their own, so that the test does not move when the defaults are tuned. */
    static final StoryMemory.Options OPTIONS = new StoryMemory.Options(14, 1_000, 0.30, 0.45, 2_000);

    /** An article with only language-free features, so that articles in different languages compare on them. */
    static Fingerprint article(String id, String language, long[] keys, float[] weights) {
        return new Fingerprint(id, language, null, Fingerprint.NO_DAY, null, id, null, null, keys, weights,
                new byte[keys.length], new String[0], new String[0], new int[0], 1);
    }

    static Fingerprint free(Fingerprint f) {
        byte[] free = new byte[f.keys().length];
        java.util.Arrays.fill(free, Fingerprint.SPECIFIC);
        return new Fingerprint(f.id(), f.language(), null, Fingerprint.NO_DAY, null, f.id(), null, null, f.keys(),
                f.weights(), free, new String[0], new String[0], new int[0], 1);
    }

    @Test
    void joiningTheYoungerStoryReportsItAsMergedIntoTheOlder() {
        StoryMemory memory = new StoryMemory(OPTIONS);
        memory.add(free(article("a", "en", new long[] {1, 2}, new float[] {1, 1})));
        memory.add(free(article("b", "fr", new long[] {3, 4}, new float[] {1, 1})));
        // closer to b (the younger story), close enough to a to tie the two
        StoryMemory.Assignment c = memory.add(free(article("c", "de", new long[] {1, 2, 3, 4},
                new float[] {1, 1, 1.2f, 1.2f})));
        assertEquals("a", c.story().id());
        assertEquals(List.of("b"), c.story().mergedFrom());
        assertEquals("a", memory.resolve("b"));
        assertEquals(3, c.story().size());
    }

    @Test
    void joiningTheOlderStoryReportsTheYoungerAsMerged() {
        StoryMemory memory = new StoryMemory(OPTIONS);
        memory.add(free(article("a", "en", new long[] {1, 2}, new float[] {1, 1})));
        memory.add(free(article("b", "fr", new long[] {3, 4}, new float[] {1, 1})));
        StoryMemory.Assignment c = memory.add(free(article("c", "de", new long[] {1, 2, 3, 4},
                new float[] {1.2f, 1.2f, 1, 1})));
        assertEquals("a", c.story().id());
        assertEquals(List.of("b"), c.story().mergedFrom());
    }
}
