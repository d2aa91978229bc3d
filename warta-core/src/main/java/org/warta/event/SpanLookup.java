package org.warta.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Items that point into a text, found by the stretch they lie in or overlap without reading the whole list for
 * every stretch: an article's entities and times, looked up once per sentence. Answers keep the items' order.
 */
final class SpanLookup<T> {
    private final List<T> items;
    private final ToIntFunction<T> end;
    /** Item indices ordered by start (ties in list order), their starts, and the largest end up to each. */
    private final int[] order;
    private final int[] starts;
    private final int[] maxEnd;

    SpanLookup(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
        this.items = items;
        this.end = end;
        Integer[] boxed = new Integer[items.size()];
        Arrays.setAll(boxed, i -> i);
        Arrays.sort(boxed, Comparator.comparingInt(i -> start.applyAsInt(items.get(i))));
        order = new int[boxed.length];
        starts = new int[boxed.length];
        maxEnd = new int[boxed.length];
        int widest = Integer.MIN_VALUE;
        for (int p = 0; p < boxed.length; p++) {
            order[p] = boxed[p];
            starts[p] = start.applyAsInt(items.get(order[p]));
            widest = Math.max(widest, end.applyAsInt(items.get(order[p])));
            maxEnd[p] = widest;
        }
    }

    /** The items that overlap [from, to): start before {@code to}, end after {@code from}. */
    List<T> overlapping(int from, int to) {
        List<Integer> found = new ArrayList<>();
        for (int p = firstAbove(maxEnd, from); p < order.length && starts[p] < to; p++) {
            if (end.applyAsInt(items.get(order[p])) > from) {
                found.add(order[p]);
            }
        }
        return inListOrder(found);
    }

    /** The items that lie within [from, to]. */
    List<T> inside(int from, int to) {
        List<Integer> found = new ArrayList<>();
        for (int p = firstAbove(starts, from - 1); p < order.length && starts[p] <= to; p++) {
            if (end.applyAsInt(items.get(order[p])) <= to) {
                found.add(order[p]);
            }
        }
        return inListOrder(found);
    }

    /** The first position whose value is above {@code bound}, in an array that never decreases. */
    private static int firstAbove(int[] sorted, int bound) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > bound) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private List<T> inListOrder(List<Integer> found) {
        found.sort(null);
        List<T> out = new ArrayList<>(found.size());
        found.forEach(i -> out.add(items.get(i)));
        return out;
    }
}
