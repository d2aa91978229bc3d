package org.warta.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.model.StoryRef;

/**
 * A story's running totals in {@link StoryMemory}: how many articles it has held and holds now, in which languages,
 * since when, and how central each article is (the sum of its similarities to the articles that joined through it),
 * which picks the title that stands for the story.
 */
final class StoryTally {
    final String id;
    long firstSeq = Long.MAX_VALUE;
    int size;
    int held;
    String firstSeen;
    final Map<String, Integer> languages = new HashMap<>();
    final Map<String, Double> centrality = new HashMap<>();
    final Map<String, String> titles = new HashMap<>();

    StoryTally(String id) {
        this.id = id;
    }

    void add(Fingerprint f, long seq) {
        firstSeq = Math.min(firstSeq, seq);
        size++;
        held++;
        languages.merge(f.language() == null ? "und" : f.language(), 1, Integer::sum);
        if (f.published() != null && (firstSeen == null || f.published().compareTo(firstSeen) < 0)) {
            firstSeen = f.published();
        }
        if (f.title() != null && titles.size() < 1_000) {
            titles.put(f.id(), f.title());
            centrality.putIfAbsent(f.id(), 0.0);
        }
    }

    /** Takes back what {@link #add} counted of an article stored again. */
    void withdraw(Fingerprint f) {
        size--;
        languages.computeIfPresent(f.language() == null ? "und" : f.language(), (k, v) -> v > 1 ? v - 1 : null);
        titles.remove(f.id());
        centrality.remove(f.id());
    }

    void absorb(StoryTally o) {
        firstSeq = Math.min(firstSeq, o.firstSeq);
        size += o.size;
        held += o.held;
        o.languages.forEach((k, v) -> languages.merge(k, v, Integer::sum));
        if (o.firstSeen != null && (firstSeen == null || o.firstSeen.compareTo(firstSeen) < 0)) {
            firstSeen = o.firstSeen;
        }
        o.titles.forEach(titles::putIfAbsent);
        o.centrality.forEach((k, v) -> centrality.merge(k, v, Double::sum));
    }

    StoryRef ref() {
        String title = null;
        double best = -1;
        for (Map.Entry<String, Double> e : centrality.entrySet()) {
            String t = titles.get(e.getKey());
            if (t != null && (e.getValue() > best || e.getValue() == best && e.getKey().compareTo(id) < 0)) {
                best = e.getValue();
                title = t;
            }
        }
        List<String> langs = languages.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        return new StoryRef(id, title, size, langs, firstSeen, List.of());
    }
}
