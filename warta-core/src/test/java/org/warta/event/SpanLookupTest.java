package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Finding the items of a stretch of text gives what filtering the whole list would, in the list's order. */
class SpanLookupTest {
    private record Item(int start, int end) {
    }

    @Test
    void answersAsFilteringEveryItemWould() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<Item> items = new ArrayList<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                int start = random.nextInt(200);
                items.add(new Item(start, start + random.nextInt(round % 2 == 0 ? 10 : 120)));
            }
            if (round % 3 == 0) {
                items.sort((a, b) -> Integer.compare(a.start(), b.start()));
            }
            SpanLookup<Item> lookup = new SpanLookup<>(items, Item::start, Item::end);
            for (int q = 0; q < 50; q++) {
                int from = random.nextInt(220);
                int to = from + random.nextInt(60);
                List<Item> overlapping = new ArrayList<>();
                List<Item> inside = new ArrayList<>();
                for (Item it : items) {
                    if (it.start() < to && it.end() > from) {
                        overlapping.add(it);
                    }
                    if (it.start() >= from && it.end() <= to) {
                        inside.add(it);
                    }
                }
                assertEquals(overlapping, lookup.overlapping(from, to), "overlapping [" + from + ", " + to + ")");
                assertEquals(inside, lookup.inside(from, to), "inside [" + from + ", " + to + "]");
            }
        }
    }
}
