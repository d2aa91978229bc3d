package org.warta.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matches of a query per story id (as articles carry it, before merges are resolved), with the languages
 * of those matches: which stories a search finds, and how many of its articles each holds.
 */
final class StoryMatches implements Collector {
    /** The matches of one story id. */
    static final class Match {
        int count;
        final Map<String, Integer> languages = new HashMap<>();

        void add(Match other) {
            count += other.count;
            other.languages.forEach((k, v) -> languages.merge(k, v, Integer::sum));
        }
    }

    private final Map<String, Match> byStory = new HashMap<>();

    static CollectorManager<StoryMatches, Map<String, Match>> manager() {
        return new CollectorManager<>() {
            @Override
            public StoryMatches newCollector() {
                return new StoryMatches();
            }

            @Override
            public Map<String, Match> reduce(Collection<StoryMatches> collectors) {
                Map<String, Match> out = new LinkedHashMap<>();
                for (StoryMatches c : collectors) {
                    c.byStory.forEach((k, v) -> out.computeIfAbsent(k, x -> new Match()).add(v));
                }
                return out;
            }
        };
    }

    /** Merges the counts of story ids that resolve to one story. */
    static Map<String, Match> resolve(Map<String, Match> raw, StoryMerges merges) {
        Map<String, Match> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.computeIfAbsent(merges.resolve(k), x -> new Match()).add(v));
        return out;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues story = DocValues.getSorted(context.reader(), Fields.STORY_ID);
        SortedDocValues language = DocValues.getSorted(context.reader(), Fields.LANGUAGE);
        Map<Integer, Match> byOrd = new HashMap<>();
        Map<Integer, String> languages = new HashMap<>();
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                if (!story.advanceExact(doc)) {
                    return;
                }
                int ord = story.ordValue();
                Match m = byOrd.get(ord);
                if (m == null) {
                    String id = story.lookupOrd(ord).utf8ToString();
                    m = byStory.computeIfAbsent(id, k -> new Match());
                    byOrd.put(ord, m);
                }
                m.count++;
                if (language.advanceExact(doc)) {
                    int l = language.ordValue();
                    String code = languages.get(l);
                    if (code == null) {
                        code = language.lookupOrd(l).utf8ToString();
                        languages.put(l, code);
                    }
                    m.languages.merge(code, 1, Integer::sum);
                }
            }
        };
    }

    /** Language codes, most frequent first, ties in code order. */
    static List<String> byFrequency(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}
