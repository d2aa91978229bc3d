package org.warta.io;

import org.warta.pipeline.Budget;

/**
 * Size limits that keep one bad record from taking down a run: the reading side of a {@link Budget}, so that a
 * record too large for the pipeline is refused as it is read, with the same reason ({@code too-large}) and message,
 * before it is even held in memory.
 *
 * @param maxRecordBytes the largest single article (a text file, a JSON Lines record) accepted; web pages (HTML,
 *                       feed items, WARC payloads) may be {@link Budget#MARKUP_FACTOR} times as large
 */
public record ReadLimits(long maxRecordBytes) {
    public static final ReadLimits DEFAULT = of(Budget.DEFAULT);

    /** The limits that go with a pipeline budget. */
    public static ReadLimits of(Budget budget) {
        return new ReadLimits(budget.maxRecordBytes());
    }

    /** The largest single web page accepted: markup runs several times longer than the text it carries. */
    public long maxMarkupBytes() {
        return Budget.UNLIMITED.withMaxRecordBytes(maxRecordBytes).maxMarkupBytes();
    }

    public String describe(long bytes) {
        return Budget.describeSize(bytes, maxRecordBytes);
    }
}
