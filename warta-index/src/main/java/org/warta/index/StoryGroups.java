package org.warta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;

/**
 * One pass over the matches of a search whose hits collapse by story: the matches of each story id (as
 * {@link StoryMatches} counts them) and the best hit of each story, merges resolved, in the order of the search
 * (relevance, or newest first; then article id, then document). A match without a story is a group of its own. The
 * work is one look-up of doc values per match, whatever the size of the stories, where ranking every match and
 * reading the ranked hits until enough stories turn up reads most of a large story's copies.
 */
final class StoryGroups implements Collector {
    /** The best hit of a group: its document (in the reader), its sort value and article id. */
    record Best(int doc, float score, long day, BytesRef id) {
    }

    /** What a pass found: the matches per story id (merges not resolved), every group's best hit, all matches. */
    record Result(Map<String, StoryMatches.Match> matches, Map<String, Best> best, long total) {
        /** The first {@code n} groups in the order of the search, each with its best hit. */
        List<Map.Entry<String, Best>> first(int n, boolean byDate) {
            Comparator<Best> order = byDate ? BY_DATE : BY_RELEVANCE;
            return best.entrySet().stream().sorted(Map.Entry.comparingByValue(order)).limit(n).toList();
        }
    }

    private static final Comparator<Best> TIES = Comparator.comparing(Best::id, Comparator.nullsFirst(
            Comparator.<BytesRef>naturalOrder())).thenComparingInt(Best::doc);
    static final Comparator<Best> BY_RELEVANCE = ((Comparator<Best>) (a, b) -> Float.compare(b.score(), a.score()))
            .thenComparing(TIES);
    static final Comparator<Best> BY_DATE = ((Comparator<Best>) (a, b) -> Long.compare(b.day(), a.day()))
            .thenComparing(TIES);

    private final StoryMerges merges;
    private final boolean byDate;
    private final boolean scored;
    private final Map<String, StoryMatches.Match> matches = new HashMap<>();
    private final Map<String, Best> best = new HashMap<>();
    private long total;
    private Segment pending;

    private StoryGroups(StoryMerges merges, boolean byDate, boolean scored) {
        this.merges = merges;
        this.byDate = byDate;
        this.scored = scored;
    }

    /** Groups ranked by date (newest first) or by score; {@code scored} when ranking by score. */
    static CollectorManager<StoryGroups, Result> manager(StoryMerges merges, boolean byDate) {
        return new CollectorManager<>() {
            @Override
            public StoryGroups newCollector() {
                return new StoryGroups(merges, byDate, !byDate);
            }

            @Override
            public Result reduce(Collection<StoryGroups> collectors) throws IOException {
                Map<String, StoryMatches.Match> matches = new LinkedHashMap<>();
                Map<String, Best> best = new HashMap<>();
                Comparator<Best> order = byDate ? BY_DATE : BY_RELEVANCE;
                long total = 0;
                for (StoryGroups c : collectors) {
                    c.flush();
                    c.matches.forEach((k, v) -> matches.computeIfAbsent(k, x -> new StoryMatches.Match()).add(v));
                    c.best.forEach((k, v) -> best.merge(k, v, (a, b) -> order.compare(a, b) <= 0 ? a : b));
                    total += c.total;
                }
                return new Result(matches, best, total);
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        flush();
        Segment segment = new Segment(context);
        pending = segment;
        return segment;
    }

    /** Adds the counts and best hits of the segment last collected to those of the segments before it. */
    private void flush() throws IOException {
        if (pending != null) {
            pending.addTo();
            pending = null;
        }
    }

    private Best better(Best a, Best b) {
        return (byDate ? BY_DATE : BY_RELEVANCE).compare(a, b) <= 0 ? a : b;
    }

    /** One segment's matches, by the ordinal of their story id in the segment. */
    private final class Segment implements LeafCollector {
        private final LeafReaderContext context;
        private final SortedDocValues story;
        private final SortedDocValues language;
        private final SortedDocValues id;
        private final NumericDocValues day;
        private final int[] count;
        private final int[][] languages;
        private final int[] bestDoc;
        private final float[] bestScore;
        private final long[] bestDay;
        private final int[] bestId;
        private final List<Best> alone = new ArrayList<>();
        private Scorable scorer;

        Segment(LeafReaderContext context) throws IOException {
            this.context = context;
            this.story = DocValues.getSorted(context.reader(), Fields.STORY_ID);
            this.language = DocValues.getSorted(context.reader(), Fields.LANGUAGE);
            this.id = DocValues.getSorted(context.reader(), Fields.ARTICLE_ID);
            this.day = DocValues.getNumeric(context.reader(), Fields.DAY);
            int stories = story.getValueCount();
            this.count = new int[stories];
            this.languages = new int[stories][];
            this.bestDoc = new int[stories];
            this.bestScore = new float[stories];
            this.bestDay = new long[stories];
            this.bestId = new int[stories];
            Arrays.fill(bestDoc, -1);
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            float score = scored ? scorer.score() : Float.NaN;
            long d = byDate ? (day.advanceExact(doc) ? day.longValue() : Long.MIN_VALUE) : 0;
            if (!story.advanceExact(doc)) {
                alone.add(new Best(context.docBase + doc, score, d, idOf(doc)));
                return;
            }
            int ord = story.ordValue();
            count[ord]++;
            if (language.advanceExact(doc)) {
                if (languages[ord] == null) {
                    languages[ord] = new int[language.getValueCount()];
                }
                languages[ord][language.ordValue()]++;
            }
            int previous = bestDoc[ord];
            int order = previous < 0 ? -1 : byDate ? Long.compare(bestDay[ord], d) : Float.compare(bestScore[ord], score);
            // docs come in increasing order: on equal values and ids the one already kept stays first
            if (order < 0 || order == 0 && idOrd(doc) < bestId[ord]) {
                bestDoc[ord] = doc;
                bestScore[ord] = score;
                bestDay[ord] = d;
                bestId[ord] = idOrd(doc);
            }
        }

        private int idOrd(int doc) throws IOException {
            return id.docID() == doc || id.advanceExact(doc) ? id.ordValue() : -1;
        }

        private BytesRef idOf(int doc) throws IOException {
            int ord = idOrd(doc);
            return ord < 0 ? null : BytesRef.deepCopyOf(id.lookupOrd(ord));
        }

        void addTo() throws IOException {
            String[] languageCodes = new String[language.getValueCount()];
            for (int ord = 0; ord < count.length; ord++) {
                if (count[ord] == 0) {
                    continue;
                }
                String raw = story.lookupOrd(ord).utf8ToString();
                StoryMatches.Match m = matches.computeIfAbsent(raw, k -> new StoryMatches.Match());
                m.count += count[ord];
                if (languages[ord] != null) {
                    for (int l = 0; l < languages[ord].length; l++) {
                        if (languages[ord][l] > 0) {
                            if (languageCodes[l] == null) {
                                languageCodes[l] = language.lookupOrd(l).utf8ToString();
                            }
                            m.languages.merge(languageCodes[l], languages[ord][l], Integer::sum);
                        }
                    }
                }
                BytesRef idValue = bestId[ord] < 0 ? null : BytesRef.deepCopyOf(id.lookupOrd(bestId[ord]));
                Best b = new Best(context.docBase + bestDoc[ord], bestScore[ord], bestDay[ord], idValue);
                best.merge(merges.resolve(raw), b, StoryGroups.this::better);
            }
            for (Best b : alone) {
                best.put("#" + b.doc(), b);
            }
        }
    }

    /** The hit of a group as a ranked hit: its sort values as the searcher's sort gives them. */
    static FieldDoc fieldDoc(Best b, boolean byDate) {
        Object first = byDate ? (Object) b.day() : (Object) b.score();
        return new FieldDoc(b.doc(), byDate ? Float.NaN : b.score(), new Object[] {first, b.id()});
    }
}
