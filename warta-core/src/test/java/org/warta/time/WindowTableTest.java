package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowTableTest {
    @Test
    void findsAStretchWhereverItStandsInAText() {
        WindowTable<String> table = new WindowTable<>(100);
        table.put("on 12 March", 3, 8, 0, "day and month");
        assertEquals("day and month", table.get("12 Ma", 0, 5, 0));
        assertEquals("day and month", table.get("since 12 Ma", 6, 11, 0));
        assertNull(table.get("since 12 Mb", 6, 11, 0));
        assertNull(table.get("12 Ma", 0, 4, 0), "a shorter stretch is another key");
        assertNull(table.get("12 Ma", 0, 5, 1), "another tag is another key");
        assertEquals(1, table.size());
    }

    @Test
    void putReplacesTheValueOfAKeyItHolds() {
        WindowTable<String> table = new WindowTable<>(100);
        table.put("the year", 0, 3, 2, "a");
        table.put("in the", 3, 6, 2, "b");
        assertEquals("b", table.get("the", 0, 3, 2));
        assertEquals(1, table.size());
    }

    @Test
    void holdsManyKeysThroughGrowingAndCollidingHashes() {
        WindowTable<Integer> table = new WindowTable<>(1 << 20);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append(i).append(' ');
        }
        String s = text.toString();
        int start = 0;
        for (int i = 0; i < 5000; i++) {
            int end = s.indexOf(' ', start);
            table.put(s, start, end, i % 3, i);
            start = end + 1;
        }
        assertEquals(5000, table.size());
        // "Aa" and "BB" share a String hash code
        table.put("Aa", 0, 2, 0, -1);
        table.put("BB", 0, 2, 0, -2);
        assertEquals(-1, table.get("Aa", 0, 2, 0));
        assertEquals(-2, table.get("BB", 0, 2, 0));
        for (int i = 0; i < 5000; i += 7) {
            assertEquals(i, table.get(String.valueOf(i), 0, String.valueOf(i).length(), i % 3));
        }
        assertNull(table.get("5000", 0, 4, 5000 % 3));
    }

    @Test
    void startsAfreshWhenFull() {
        WindowTable<Integer> table = new WindowTable<>(3);
        table.put("a", 0, 1, 0, 1);
        table.put("b", 0, 1, 0, 2);
        table.put("c", 0, 1, 0, 3);
        table.put("d", 0, 1, 0, 4);
        assertEquals(1, table.size());
        assertNull(table.get("a", 0, 1, 0));
        assertEquals(4, table.get("d", 0, 1, 0));
        assertTrue(table.size() <= 3);
        assertThrows(IllegalArgumentException.class, () -> new WindowTable<Integer>(0));
    }

    /**
     * The front table keeps copies of recent entries: through replacing values, filling up, starting afresh and many
     * words sharing front slots, every lookup answers as a plain map that is emptied when the table starts afresh.
     */
    @Test
    void answersAsAMapDoesThroughReplacingFillingAndStartingAfresh() throws IOException {
        String text = Files.readString(Path.of("..", "examples", "vi-bao-yagi.txt"))
                + Files.readString(Path.of("..", "examples", "en-us-uk-trade-deal.txt"));
        String[] words = text.split("\\s+");
        assertTrue(words.length > 500, "words: " + words.length);
        for (int capacity : new int[] {7, 300, 5000}) {
            WindowTable<Integer> table = new WindowTable<>(capacity);
            Map<String, Integer> model = new HashMap<>();
            Random random = new Random(capacity);
            int starts = 0;
            for (int step = 0; step < 40_000; step++) {
                String word = words[random.nextInt(words.length)];
                int tag = random.nextInt(3);
                String key = tag + "|" + word;
                String around = "(" + word + ")";
                if (random.nextInt(3) == 0) {
                    if (!model.containsKey(key) && model.size() >= capacity) {
                        model.clear();
                        starts++;
                    }
                    model.put(key, step);
                    table.put(around, 1, around.length() - 1, tag, step);
                } else {
                    assertEquals(model.get(key), table.get(around, 1, around.length() - 1, tag), key);
                }
                assertEquals(model.size(), table.size());
            }
            assertTrue(capacity > 1000 || starts > 0, "the table never filled up at capacity " + capacity);
        }
    }
}
