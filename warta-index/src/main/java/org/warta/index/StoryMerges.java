package org.warta.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which story was merged into which. Articles keep the story id they joined with; every query goes through this table,
 * so a merged story is always seen under the id of the story that absorbed it. Thread-safe.
 */
final class StoryMerges {
    private static final int MAX_HOPS = 1_000;
    private final Map<String, String> into = new HashMap<>();
    private final Map<String, List<String>> absorbed = new HashMap<>();
    private long version;

    /** Records a merge; false when it was known already (or would tie a story to itself). */
    synchronized boolean add(String from, String to) {
        if (from.equals(to) || to.equals(into.get(from)) || resolve(to).equals(from)) {
            return false;
        }
        String before = into.put(from, to);
        if (before != null) {
            absorbed.getOrDefault(before, new ArrayList<>()).remove(from);
        }
        absorbed.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
        version++;
        return true;
    }

    /** The story that now holds this one: the id itself unless it was merged. */
    synchronized String resolve(String story) {
        String id = story;
        for (int hops = 0; hops < MAX_HOPS && into.containsKey(id); hops++) {
            id = into.get(id);
        }
        return id;
    }

    /** The ids articles of a story may carry: its own and those of every story merged into it. */
    synchronized Set<String> members(String story) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(story));
        while (!todo.isEmpty() && out.size() < 100_000) {
            String id = todo.remove(todo.size() - 1);
            if (out.add(id)) {
                todo.addAll(absorbed.getOrDefault(id, List.of()));
            }
        }
        return out;
    }

    /** Every merge, from → into. */
    synchronized Map<String, String> all() {
        return Map.copyOf(into);
    }

    /** Changes whenever a merge is added, for caches that resolve ids. */
    synchronized long version() {
        return version;
    }
}
