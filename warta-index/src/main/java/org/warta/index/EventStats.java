package org.warta.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts matching events per month and CAMEO quad class, sums their Goldstein values per month, and counts them per
 * CAMEO root code, from doc values: the country-pair view's charts, over every match and not just one page.
 */
final class EventStats extends SimpleCollector {
    /** month (yyyy-MM) to its tally. */
    final Map<String, Month> perMonth = new TreeMap<>();
    final Map<String, Long> perRoot = new TreeMap<>();
    long undated;
    private NumericDocValues day;
    private NumericDocValues quad;
    private NumericDocValues goldstein;
    private SortedDocValues root;

    /** Counts per quad class 1..4 (index 0: events with none), and the Goldstein values summed. */
    static final class Month {
        final long[] quads = new long[5];
        double goldsteinSum;
        long goldsteinCount;

        void add(Month other) {
            for (int i = 0; i < quads.length; i++) {
                quads[i] += other.quads[i];
            }
            goldsteinSum += other.goldsteinSum;
            goldsteinCount += other.goldsteinCount;
        }

        long total() {
            long t = 0;
            for (long q : quads) {
                t += q;
            }
            return t;
        }

        Double goldsteinAverage() {
            // two decimals: the scale is given to one, an average needs no more
            return goldsteinCount == 0 ? null : Math.round(goldsteinSum / goldsteinCount * 100) / 100.0;
        }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        day = DocValues.getNumeric(context.reader(), Fields.DAY);
        quad = DocValues.getNumeric(context.reader(), Fields.QUAD);
        goldstein = DocValues.getNumeric(context.reader(), Fields.GOLDSTEIN);
        root = DocValues.getSorted(context.reader(), Fields.ROOT);
    }

    @Override
    public void collect(int doc) throws IOException {
        int q = quad.advanceExact(doc) ? (int) Math.max(0, Math.min(4, quad.longValue())) : 0;
        if (root.advanceExact(doc)) {
            perRoot.merge(root.lookupOrd(root.ordValue()).utf8ToString(), 1L, Long::sum);
        }
        if (!day.advanceExact(doc)) {
            undated++;
            return;
        }
        Month m = perMonth.computeIfAbsent(LocalDate.ofEpochDay(day.longValue()).toString().substring(0, 7),
                k -> new Month());
        m.quads[q]++;
        if (goldstein.advanceExact(doc)) {
            m.goldsteinSum += Double.longBitsToDouble(goldstein.longValue());
            m.goldsteinCount++;
        }
    }

    /** The months in order, each with its counts and Goldstein average. */
    List<EventResult.MonthCount> timeline() {
        List<EventResult.MonthCount> out = new ArrayList<>();
        perMonth.forEach((month, m) -> out.add(new EventResult.MonthCount(month, m.quads[1], m.quads[2], m.quads[3],
                m.quads[4], m.total(), m.goldsteinAverage())));
        return out;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    static CollectorManager<EventStats, EventStats> manager() {
        return new CollectorManager<>() {
            @Override
            public EventStats newCollector() {
                return new EventStats();
            }

            @Override
            public EventStats reduce(Collection<EventStats> collectors) {
                EventStats all = new EventStats();
                for (EventStats c : collectors) {
                    c.perRoot.forEach((k, v) -> all.perRoot.merge(k, v, Long::sum));
                    c.perMonth.forEach((k, v) -> all.perMonth.computeIfAbsent(k, x -> new Month()).add(v));
                    all.undated += c.undated;
                }
                return all;
            }
        };
    }
}
