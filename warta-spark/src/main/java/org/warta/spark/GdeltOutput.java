package org.warta.spark;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.warta.io.gdelt.GdeltExport;
import org.warta.io.gdelt.GdeltRow;
import org.warta.model.Article;

/**
 * The articles' events as GDELT 2.0 Event rows, as {@code warta export --format gdelt} writes them
 * ({@link GdeltExport}, docs/gdelt-export.md): 61 tab-separated columns, one line per event, in input order.
 */
public final class GdeltOutput {
    private GdeltOutput() {
    }

    /**
     * Writes the rows of {@code articles} as text part files under {@code path}, which must not exist yet: the rows
     * of partition 0 first, each article's rows in the order of its events.
     *
     * @param added        DATEADDED of every row: the one time of the whole run, as {@code warta export} stamps it
     * @param fallbackDate the day of events when neither the event nor its article gives one, or null
     */
    public static void write(JavaRDD<Article> articles, String path, LocalDateTime added, LocalDate fallbackDate) {
        articles.mapPartitions(new Rows(added, fallbackDate)).saveAsTextFile(path);
    }

    /** The rows of one article, as lines without their newline. */
    public static List<String> lines(Article article, GdeltExport export) {
        List<GdeltRow> rows = export.rows(article);
        List<String> lines = new ArrayList<>(rows.size());
        for (GdeltRow row : rows) {
            lines.add(row.toLine());
        }
        return lines;
    }

    /** The rows of a partition's articles, one article at a time, so that a partition is never held whole. */
    public static Iterator<String> rows(Iterator<Article> articles, GdeltExport export) {
        return new Iterator<>() {
            private Iterator<String> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && articles.hasNext()) {
                    current = lines(articles.next(), export).iterator();
                }
                return current.hasNext();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The rows of each partition, for {@code mapPartitions} in any pass over articles. It carries only the two dates
     * (GdeltExport is not serialisable) and builds its export on the executor.
     */
    public record Rows(LocalDateTime added, LocalDate fallbackDate) implements FlatMapFunction<Iterator<Article>, String> {
        public GdeltExport export() {
            return new GdeltExport(added, fallbackDate);
        }

        @Override
        public Iterator<String> call(Iterator<Article> articles) {
            return rows(articles, export());
        }
    }
}
