package org.warta.spark;

import java.io.Serializable;

/**
 * What became of one record on an executor, keyed by its place in the input so that the job's output keeps the
 * order {@code warta process} writes: {@code file} is the input file's place in the listing, {@code record} the
 * record's place in that file.
 *
 * @param kind   {@link #ARTICLE} (line is the article's JSON), {@link #FAILED} or {@link #SKIPPED} (line is the
 *               reason, a tab, and the message)
 */
public record Outcome(int file, int record, String kind, String source, String line) implements Serializable {
    public static final String ARTICLE = "article";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped";

    /** The order of output: by file, then by record within it. */
    public long order() {
        return ((long) file << 32) | (record & 0xffffffffL);
    }
}
