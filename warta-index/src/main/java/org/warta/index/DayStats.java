package org.warta.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts matching articles per day they count by, and those with no day, from doc values: the entity page's
 * timeline, over every match and not just one page. (Events are counted by {@link EventStats}.)
 */
final class DayStats extends SimpleCollector {
    final Map<LocalDate, Long> perDay = new TreeMap<>();
    long undated;
    private NumericDocValues day;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        day = DocValues.getNumeric(context.reader(), Fields.DAY);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!day.advanceExact(doc)) {
            undated++;
            return;
        }
        perDay.merge(LocalDate.ofEpochDay(day.longValue()), 1L, Long::sum);
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
                    all.undated += c.undated;
                }
                return all;
            }
        };
    }
}
