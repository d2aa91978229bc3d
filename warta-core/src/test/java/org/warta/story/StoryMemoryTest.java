package org.warta.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.warta.model.StoryRef;

/** Online grouping on fingerprints made by hand: joining, windows, merging, forgetting, storing. */
class StoryMemoryTest {
    /** A fingerprint of language-free features, each of weight 1. */
    static Fingerprint print(String id, String language, int day, String... features) {
        TreeMap<Long, String> sorted = new TreeMap<>();
        for (String f : features) {
            sorted.put(Hashes.of(f), f);
        }
        long[] keys = sorted.keySet().stream().mapToLong(Long::longValue).toArray();
        float[] weights = new float[keys.length];
        byte[] kinds = new byte[keys.length];
        java.util.Arrays.fill(weights, 1f);
        java.util.Arrays.fill(kinds, Fingerprint.SPECIFIC);
        return new Fingerprint(id, language, null, day, day == Fingerprint.NO_DAY ? null : "2025-01-" + (10 + day % 10),
                "title " + id, null, null, keys, weights, kinds, features, new String[0], new int[0], 10);
    }

    /** Background articles, so that the features of the test's articles are rare. */
    private static void background(StoryMemory memory, int n) {
        for (int i = 0; i < n; i++) {
            memory.add(print("bg-" + i, "en", Fingerprint.NO_DAY, "c:X" + i, "e:bg" + i, "#" + (100 + i)));
        }
    }

    @Test
    void articlesSharingRareFeaturesJoinOneStoryAcrossLanguages() {
        StoryMemory memory = new StoryMemory();
        background(memory, 30);
        StoryRef first = memory.add(print("vi-1", "vi", 5, "e:Q1", "e:Q2", "md:02-12", "#1250")).story();
        StoryRef second = memory.add(print("id-1", "id", 6, "e:Q1", "e:Q2", "md:02-12", "#1250", "c:RUS")).story();
        StoryRef other = memory.add(print("fr-1", "fr", 6, "e:Q9", "e:Q8", "#77")).story();

        assertEquals("vi-1", first.id());
        assertEquals("vi-1", second.id());
        assertEquals(2, second.size());
        assertEquals(List.of("id", "vi"), second.languages());
        assertEquals("fr-1", other.id());
    }

    @Test
    void articlesFurtherApartThanTheWindowStartNewStories() {
        StoryMemory memory = new StoryMemory(new StoryMemory.Options(3, 1_000, 0.55, 0.6, 2_000));
        background(memory, 30);
        memory.add(print("a", "en", 10, "e:Q1", "e:Q2", "#1250"));
        assertEquals("b", memory.add(print("b", "de", 20, "e:Q1", "e:Q2", "#1250")).story().id());
        assertEquals("a", memory.add(print("c", "es", 12, "e:Q1", "e:Q2", "#1250")).story().id());
    }

    @Test
    void anArticleThatTiesTwoStoriesMergesThemIntoTheOlder() {
        StoryMemory memory = new StoryMemory();
        background(memory, 30);
        memory.add(print("old", "en", Fingerprint.NO_DAY, "e:Q1", "e:Q2", "e:Q3"));
        memory.add(print("new", "en", Fingerprint.NO_DAY, "e:Q4", "e:Q5", "e:Q6"));
        StoryRef bridge = memory.add(print("bridge", "de", Fingerprint.NO_DAY,
                "e:Q1", "e:Q2", "e:Q3", "e:Q4", "e:Q5", "e:Q6")).story();

        assertEquals("old", bridge.id());
        assertEquals(List.of("new"), bridge.mergedFrom());
        assertEquals(3, bridge.size());
        assertEquals("old", memory.resolve("new"));
        assertEquals(3, memory.story("new").size());
    }

    @Test
    void memoryForgetsTheOldestArticlesBeyondItsCapacity() {
        StoryMemory memory = new StoryMemory(new StoryMemory.Options(14, 5, 0.55, 0.6, 2_000));
        memory.add(print("first", "en", Fingerprint.NO_DAY, "e:Q1", "e:Q2"));
        for (int i = 0; i < 5; i++) {
            memory.add(print("filler-" + i, "en", Fingerprint.NO_DAY, "e:F" + i));
        }
        assertEquals(5, memory.size());
        assertNull(memory.story("first"));
        // what the forgotten article held no longer finds it
        assertEquals("late", memory.add(print("late", "en", Fingerprint.NO_DAY, "e:Q1", "e:Q2")).story().id());
    }

    @Test
    void restoredArticlesKeepTheirStories() {
        StoryMemory memory = new StoryMemory();
        background(memory, 30);
        memory.restore(print("a", "en", Fingerprint.NO_DAY, "e:Q1", "e:Q2", "#1250"), "story-7");
        memory.restore(print("b", "fr", Fingerprint.NO_DAY, "e:Q4", "e:Q5"), "story-8");
        memory.restoreMerge("story-8", "story-7");
        StoryRef joined = memory.add(print("c", "de", Fingerprint.NO_DAY, "e:Q1", "e:Q2", "#1250")).story();

        assertEquals("story-7", joined.id());
        assertEquals("story-7", memory.resolve("story-8"));
        assertEquals(3, joined.size());
    }

    @Test
    void anArticleStoredAgainIsPlacedAnewNotCountedTwice() {
        StoryMemory memory = new StoryMemory();
        background(memory, 30);
        memory.add(print("vi-1", "vi", 5, "e:Q1", "e:Q2", "md:02-12", "#1250"));
        memory.add(print("id-1", "id", 6, "e:Q1", "e:Q2", "md:02-12", "#1250"));
        StoryMemory.Assignment again = memory.add(print("id-1", "id", 6, "e:Q1", "e:Q2", "md:02-12", "#1250"));

        assertEquals("vi-1", again.story().id());
        assertEquals(2, again.story().size());
        assertEquals(List.of("id", "vi"), again.story().languages());
        assertTrue(again.related().stream().noneMatch(r -> r.id().equals("id-1")), again.related().toString());
        assertEquals(32, memory.size(), "memory holds each article once");
    }

    @Test
    void anArticleStoredAgainAfterItsStoryWasMergedGoesBackToTheMergedStory() {
        StoryMemory memory = new StoryMemory();
        background(memory, 30);
        memory.restore(print("a", "en", Fingerprint.NO_DAY, "e:Q1", "e:Q2", "e:Q3"), "a");
        memory.restore(print("b", "de", Fingerprint.NO_DAY, "e:Q7", "e:Q8"), "b");
        memory.restoreMerge("a", "b");
        memory.add(print("b", "de", Fingerprint.NO_DAY, "e:Q7", "e:Q8"));
        StoryRef again = memory.add(print("a", "en", Fingerprint.NO_DAY, "e:Q1", "e:Q2", "e:Q3")).story();
        StoryRef joining = memory.add(print("c", "fr", Fingerprint.NO_DAY, "e:Q1", "e:Q2", "e:Q3")).story();

        assertEquals("b", again.id());
        assertEquals("b", joining.id());
        assertEquals(3, memory.story("a").size());
    }

    /** The same features, those named in {@code broad} marked as broad (countries, months). */
    static Fingerprint withBroad(Fingerprint f, java.util.Set<String> broad) {
        byte[] kinds = f.kinds().clone();
        for (int i = 0; i < kinds.length; i++) {
            for (String name : broad) {
                if (f.keys()[i] == Hashes.of(name)) {
                    kinds[i] = Fingerprint.BROAD;
                }
            }
        }
        return new Fingerprint(f.id(), f.language(), null, f.day(), f.published(), f.title(), null, null, f.keys(),
                f.weights(), kinds, f.sequence(), f.numbers(), f.shingles(), f.sentences());
    }

    @Test
    void articlesInTwoLanguagesSharingOnlyCountriesAndAMonthAreNotAlike() {
        StoryMemory memory = new StoryMemory();
        background(memory, 30);
        java.util.Set<String> broad = java.util.Set.of("c:THA", "c:KHM", "ym:2025-07");
        Fingerprint one = withBroad(print("th", "th", 1, "c:THA", "c:KHM", "ym:2025-07", "e:Q1"), broad);
        Fingerprint other = withBroad(print("fr", "fr", 1, "c:THA", "c:KHM", "ym:2025-07", "e:Q2"), broad);
        Fingerprint same = withBroad(print("ms", "ms", 1, "c:THA", "c:KHM", "ym:2025-07", "e:Q1"), broad);

        assertEquals(0.0, memory.similarity(one, other));
        assertTrue(memory.similarity(one, same) > 0.5, "one entity in common besides: " + memory.similarity(one, same));
    }

    @Test
    void aFingerprintSurvivesBeingStored() {
        Fingerprint f = print("a", "en", 3, "e:Q1", "#1250", "md:02-12");
        Fingerprint back = Fingerprint.decode(f.encode());
        assertEquals(f, back);
        assertEquals(f.day(), back.day());
        assertEquals(List.of(f.sequence()), List.of(back.sequence()));
        assertThrows(IllegalArgumentException.class, () -> Fingerprint.decode("{not json"));
    }

    @Test
    void similarityIsSymmetricAndOneForTheSameArticle() {
        StoryMemory memory = new StoryMemory();
        background(memory, 10);
        Fingerprint a = print("a", "en", 1, "e:Q1", "e:Q2", "#1250");
        Fingerprint b = print("b", "fr", 1, "e:Q1", "e:Q3");
        assertEquals(1.0, memory.similarity(a, a), 1e-9);
        assertEquals(memory.similarity(a, b), memory.similarity(b, a), 1e-12);
        assertTrue(memory.similarity(a, b) > 0 && memory.similarity(a, b) < 1);
        assertNotEquals(0.0, memory.similarity(a, b));
    }
}
