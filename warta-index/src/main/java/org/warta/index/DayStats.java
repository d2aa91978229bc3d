package org.warta.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
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
 * Counts matching documents per day, per month and CAMEO quad class, and per CAMEO root code, from doc values:
 * the timelines of the entity page and the country-pair view, over every match and not just one page.
 */
final class DayStats extends SimpleCollector {
    final Map<LocalDate, Long> perDay = new TreeMap<>();
    /** month (yyyy-MM) to counts per quad class 1..4 (index 0 counts events with no quad class). */
    final Map<String, long[]> perMonthQuad = new TreeMap<>();
    final Map<String, Long> perRoot = new TreeMap<>();
    long undated;
    private NumericDocValues day;
    private NumericDocValues quad;
    private SortedDocValues root;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        day = DocValues.getNumeric(context.reader(), Fields.DAY);
        quad = DocValues.getNumeric(context.reader(), Fields.QUAD);
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
        LocalDate d = LocalDate.ofEpochDay(day.longValue());
        perDay.merge(d, 1L, Long::sum);
        perMonthQuad.computeIfAbsent(d.toString().substring(0, 7), k -> new long[5])[q]++;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    static CollectorManager<DayStats, DayStats> manager() {
        return new CollectorManager<>() {
            @Override
            public DayStats newCollector() {
                return new DayStats();
            }

            @Override
            public DayStats reduce(Collection<DayStats> collectors) {
                DayStats all = new DayStats();
                for (DayStats c : collectors) {
                    c.perDay.forEach((k, v) -> all.perDay.merge(k, v, Long::sum));
                    c.perRoot.forEach((k, v) -> all.perRoot.merge(k, v, Long::sum));
                    c.perMonthQuad.forEach((k, v) -> {
                        long[] into = all.perMonthQuad.computeIfAbsent(k, x -> new long[5]);
                        for (int i = 0; i < v.length; i++) {
                            into[i] += v[i];
                        }
                    });
                    all.undated += c.undated;
                }
                return all;
            }
        };
    }
}
