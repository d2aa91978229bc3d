package org.warta.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;

/**
 * Writes one partition's records, in order, to the text outputs in one pass: {@code articles/part-NNNNN} (the JSON
 * Lines {@code warta process} writes), {@code failed/part-NNNNN} (kind, source, reason and message, tab-separated)
 * and, when asked, {@code gdelt/part-NNNNN} (GDELT 2.0 event rows as {@code warta export --format gdelt} writes
 * them). Each part is written under a name of its task attempt and renamed when whole, so a task run again leaves
 * one complete part. Returns what it wrote, counted by kind and reason.
 */
final class PartWriter implements Serializable {
    static final String ARTICLES = "articles";
    static final String FAILED = "failed";
    static final String GDELT = "gdelt";

    /** Records written by one partition: articles, and failed and passed over ones by reason. */
    record Counts(long processed, Map<String, Long> failed, Map<String, Long> skipped) implements Serializable {
        static Counts none() {
            return new Counts(0, new TreeMap<>(), new TreeMap<>());
        }

        Counts plus(Counts other) {
            Map<String, Long> f = new TreeMap<>(failed);
            other.failed.forEach((k, v) -> f.merge(k, v, Long::sum));
            Map<String, Long> s = new TreeMap<>(skipped);
            other.skipped.forEach((k, v) -> s.merge(k, v, Long::sum));
            return new Counts(processed + other.processed, f, s);
        }
    }

    private final String output;
    private final boolean gdelt;

    /** @param gdelt whether to write the articles' GDELT rows */
    PartWriter(String output, boolean gdelt) {
        this.output = output;
        this.gdelt = gdelt;
    }

    Iterator<Counts> write(int partition, Iterator<Work> works) {
        Configuration conf = new Configuration();
        List<Part> parts = new ArrayList<>();
        try {
            Part articles = open(conf, ARTICLES, partition, parts);
            Part failed = open(conf, FAILED, partition, parts);
            Part events = gdelt ? open(conf, GDELT, partition, parts) : null;
            long processed = 0;
            Map<String, Long> failedBy = new TreeMap<>();
            Map<String, Long> skippedBy = new TreeMap<>();
            while (works.hasNext()) {
                Work w = works.next();
                if (w.isArticle()) {
                    articles.line(w.line());
                    if (events != null) {
                        for (String row : w.events()) {
                            events.line(row);
                        }
                    }
                    processed++;
                } else {
                    failed.line(w.kind().name().toLowerCase(java.util.Locale.ROOT) + "\t" + w.source() + "\t"
                            + w.reason() + "\t" + w.message());
                    (w.kind() == Work.Kind.FAILED ? failedBy : skippedBy).merge(w.reason(), 1L, Long::sum);
                }
            }
            for (Part p : parts) {
                p.commit();
            }
            return List.of(new Counts(processed, failedBy, skippedBy)).iterator();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outputs of partition " + partition + " under " + output, e);
        } finally {
            parts.forEach(Part::abandon);
        }
    }

    private Part open(Configuration conf, String folder, int partition, List<Part> parts) throws IOException {
        Path target = new Path(new Path(output, folder), String.format("part-%05d", partition));
        TaskContext task = TaskContext.get();
        Path temp = new Path(target.getParent(), "." + target.getName() + ".attempt-"
                + (task == null ? 0 : task.taskAttemptId()));
        FileSystem fs = target.getFileSystem(conf);
        Part part = new Part(fs, temp, target, new BufferedWriter(new OutputStreamWriter(fs.create(temp, true),
                StandardCharsets.UTF_8), 1 << 16));
        parts.add(part);
        return part;
    }

    /** One part file being written under its attempt's name. */
    private static final class Part {
        private final FileSystem fs;
        private final Path temp;
        private final Path target;
        private final Writer out;
        private boolean done;

        Part(FileSystem fs, Path temp, Path target, Writer out) {
            this.fs = fs;
            this.temp = temp;
            this.target = target;
            this.out = out;
        }

        void line(String text) throws IOException {
            out.write(text);
            out.write('\n');
        }

        void commit() throws IOException {
            out.close();
            fs.delete(target, false);
            if (!fs.rename(temp, target)) {
                throw new IOException("cannot rename " + temp + " to " + target);
            }
            done = true;
        }

        void abandon() {
            if (done) {
                return;
            }
            try {
                out.close();
                fs.delete(temp, false);
            } catch (IOException e) {
                // the attempt failed already; what is left is a hidden file a later attempt writes over
            }
        }
    }
}
