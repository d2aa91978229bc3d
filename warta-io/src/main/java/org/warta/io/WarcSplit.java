package org.warta.io;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A part of a WARC file, in bytes: it holds the records that START in {@code [start, end)}. A record that starts
 * before {@code end} belongs to it even where it runs past {@code end}, so the splits of a file, each read with
 * {@link WarcSplitReader}, hold every record of the file exactly once.
 */
public record WarcSplit(long start, long end) implements Serializable {
    public WarcSplit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a byte range: [" + start + ", " + end + ")");
        }
    }

    /**
     * Cuts a file of {@code length} bytes into consecutive splits of {@code size} bytes (the last one shorter).
     * An empty file is one empty split, so that it is still read (and reported as empty).
     */
    public static List<WarcSplit> cut(long length, long size) {
        if (length < 0 || size <= 0) {
            throw new IllegalArgumentException("length " + length + ", split size " + size);
        }
        List<WarcSplit> splits = new ArrayList<>();
        long start = 0;
        do {
            long end = Math.min(length, start + size);
            splits.add(new WarcSplit(start, end));
            start = end;
        } while (start < length);
        return splits;
    }

    /** Whether this is the file's first split, which reads from byte 0. */
    public boolean first() {
        return start == 0;
    }
}
