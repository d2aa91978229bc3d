package org.warta.io;

/**
 * Size limits that keep one bad record from taking down a run.
 *
 * @param maxRecordBytes the largest single article (a text file, a JSON Lines record, an HTML page) accepted
 */
public record ReadLimits(long maxRecordBytes) {
    public static final ReadLimits DEFAULT = new ReadLimits(16L * 1024 * 1024);

    /** The largest single web page accepted: markup runs several times longer than the text it carries. */
    public long maxMarkupBytes() {
        return maxRecordBytes * 4;
    }

    public String describe(long bytes) {
        return bytes + " bytes is more than the " + maxRecordBytes + "-byte limit for one article";
    }
}
