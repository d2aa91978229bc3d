package org.warta.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.warta.model.Source;

/**
 * Reads one {@link WarcSplit} of a WARC or WARC.gz file: the records that start inside the split's byte range,
 * from a stream opened at the range's start, never from the file's beginning. This is what lets a cluster read a
 * 1 GB CC-NEWS archive as a handful of tasks.
 *
 * <p>Records are reported exactly as {@link WarcFileReader} reports them reading the whole file (same source,
 * same "offset N", same skip and failure reasons), so reading a file's splits one after the other yields the
 * records of reading it whole, in the same order. Usage:
 * <pre>{@code
 * RangeOpener opener = RangeOpener.of(path);   // or a seek on a distributed file system's stream
 * for (WarcSplit split : WarcSplit.cut(size, 128L << 20)) {
 *     new WarcSplitReader(ReadLimits.DEFAULT).read(name, opener, split, sink);
 * }
 * }</pre>
 *
 * <p>How a split finds its first record: the first split reads from byte 0 as {@link WarcFileReader} does. A later
 * split scans from its start for the first record boundary: in a WARC.gz file a gzip member (bytes 1f 8b 08) whose
 * content parses as a WARC record header; in a plain WARC file a line {@code WARC/1.} right after the blank line
 * that ends a record. A split reads on past its end until the next record that starts at or after the end AND
 * passes that same test, which is where the next split begins. A WARC.gz compressed as one member (rather than one
 * member per record) has no boundary but the first, so its first split reads it all and the others are empty.
 *
 * <p>Damage is reported as {@link WarcFileReader} reports it ("damaged" at the offset of the last record read) and
 * ends the split; unlike a whole-file read, the later splits still read the records after the damage.
 */
public final class WarcSplitReader {
    private static final byte[] RECORD_END = {'\r', '\n', '\r', '\n'};
    private static final byte[] WARC_LINE = {'W', 'A', 'R', 'C', '/', '1', '.'};
    private static final int SCAN_CHUNK = 1 << 16;
    private final WarcFileReader records;

    public WarcSplitReader(ReadLimits limits) {
        this.records = new WarcFileReader(limits);
    }

    /**
     * Reports to {@code sink} every record of the file that starts inside {@code split}.
     *
     * @param path   the file's name, as the records' sources give it (as {@link InputFile#sourcePath()})
     * @param opener opens the file at an offset; called a few times per split
     * @param split  the byte range whose records to read
     */
    public void read(String path, RangeOpener opener, WarcSplit split, RecordSink sink) {
        if (split.first()) {
            readFirst(path, opener, split, sink);
            return;
        }
        Optional<Start> start;
        try {
            start = findStart(opener, split, isGzip(opener));
        } catch (IOException e) {
            sink.fail(new Failure(new Source(path, null, null, null), "unreadable", String.valueOf(e.getMessage())));
            return;
        }
        // No boundary: the split lies inside a record, or after the last one; the split before reads it.
        if (start.isPresent()) {
            try (WarcReader reader = start.get().reader()) {
                readOn(reader, start.get().offset(), start.get().record(), path, opener, split, sink);
            } catch (IOException e) {
                // Closing a stream that was read to the end: nothing is lost.
            }
        }
    }

    /** The first split: from byte 0, as a whole-file read, only stopping at the split's end. */
    private void readFirst(String path, RangeOpener opener, WarcSplit split, RecordSink sink) {
        InputStream in;
        try {
            in = buffered(opener.open(0));
        } catch (IOException e) {
            sink.fail(new Failure(new Source(path, null, null, null), "unreadable", String.valueOf(e.getMessage())));
            return;
        }
        try (WarcReader reader = new WarcReader(in)) {
            Optional<WarcRecord> first;
            try {
                first = reader.next();
            } catch (IOException | RuntimeException e) {
                WarcFileReader.damaged(sink, path, 0, e);
                return;
            }
            if (first.isEmpty()) {
                sink.fail(new Failure(new Source(path, null, FormatSniffer.WARC, null), "empty",
                        "the archive holds no WARC record"));
                return;
            }
            readOn(reader, 0, first.get(), path, opener, split, sink);
        } catch (IOException | RuntimeException e) {
            sink.fail(new Failure(new Source(path, null, FormatSniffer.WARC, "offset 0"), "damaged",
                    "not a readable WARC archive: " + e.getMessage()));
        }
    }

    /**
     * Reports {@code record} (at {@code offset}) and the records after it, until one starts at a boundary at or
     * after the split's end. {@code base} is the offset the reader's stream was opened at.
     */
    private void readOn(WarcReader reader, long base, WarcRecord record, String path, RangeOpener opener,
            WarcSplit split, RecordSink sink) {
        boolean gzip = reader.compression() == org.netpreserve.jwarc.WarcCompression.GZIP;
        long offset = base;
        WarcRecord current = record;
        while (true) {
            try {
                records.read(current, path, offset, sink);
            } catch (IOException | RuntimeException e) {
                WarcFileReader.damaged(sink, path, offset, e);
                return;
            }
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                WarcFileReader.damaged(sink, path, offset, e);
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            long nextOffset = base + reader.position();
            if (nextOffset >= split.end() && isBoundary(opener, nextOffset, gzip)) {
                return;
            }
            offset = nextOffset;
            current = next.get();
        }
    }

    private static boolean isGzip(RangeOpener opener) throws IOException {
        try (InputStream in = opener.open(0)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        }
    }

    /** A reader positioned on the first record of a split, which starts at {@code offset}. */
    private record Start(WarcReader reader, long offset, WarcRecord record) {
    }

    private boolean isBoundary(RangeOpener opener, long offset, boolean gzip) {
        Optional<Start> start = startAt(opener, offset, gzip);
        start.ifPresent(s -> closeQuietly(s.reader()));
        return start.isPresent();
    }

    /** Scans the split for its first record boundary; the candidates are checked by {@link #startAt}. */
    private Optional<Start> findStart(RangeOpener opener, WarcSplit split, boolean gzip) throws IOException {
        // A plain WARC boundary is recognised with the blank line before it, so the scan starts 4 bytes early.
        long from = gzip ? split.start() : Math.max(0, split.start() - RECORD_END.length);
        int patternLength = gzip ? 3 : WARC_LINE.length + 1;
        long pattern = gzip ? 0x1f8b08L : 0x0a5741_52432f312eL; // 1f 8b 08, or "\nWARC/1."
        long mask = gzip ? 0xffffffL : 0xffff_ffff_ffff_ffffL;
        try (InputStream in = opener.open(from)) {
            byte[] chunk = new byte[SCAN_CHUNK];
            long window = 0;
            long position = from;
            int n;
            // Read no further than the last candidate that can still start inside the split.
            while ((n = in.read(chunk, 0, (int) Math.min(chunk.length, split.end() + patternLength - position))) > 0) {
                for (int i = 0; i < n; i++) {
                    window = (window << 8) | (chunk[i] & 0xff);
                    position++;
                    long candidate = position - patternLength + (gzip ? 0 : 1);
                    if (candidate >= split.end()) {
                        return Optional.empty();
                    }
                    if ((window & mask) == pattern && candidate >= split.start()) {
                        Optional<Start> start = startAt(opener, candidate, gzip);
                        if (start.isPresent()) {
                            return start;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a record starts at {@code offset}: for WARC.gz a gzip member there whose content parses as a WARC
     * header, for plain WARC a WARC header there right after a record's end. The same test decides where a split
     * stops and where the next one starts, which keeps every record in exactly one split.
     */
    private static Optional<Start> startAt(RangeOpener opener, long offset, boolean gzip) {
        InputStream in = null;
        boolean found = false;
        try {
            if (gzip) {
                in = buffered(opener.open(offset));
            } else {
                in = buffered(opener.open(offset - RECORD_END.length));
                if (!Arrays.equals(in.readNBytes(RECORD_END.length), RECORD_END)) {
                    return Optional.empty();
                }
            }
            in.mark(16);
            byte[] head = in.readNBytes(gzip ? 4 : WARC_LINE.length);
            in.reset();
            if (!(gzip ? isGzipHeader(head) : Arrays.equals(head, WARC_LINE))) {
                return Optional.empty();
            }
            WarcReader reader = new WarcReader(in);
            Optional<WarcRecord> record = reader.next();
            found = record.isPresent() && record.get().version().getProtocol().equals("WARC");
            return found ? Optional.of(new Start(reader, offset, record.get())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            if (!found && in != null) {
                closeQuietly(in);
            }
        }
    }

    /** Gzip magic, deflate, and no reserved flag bit set. */
    private static boolean isGzipHeader(byte[] head) {
        return head.length == 4 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b && head[2] == 8
                && (head[3] & 0xe0) == 0;
    }

    /**
     * Buffered, which also hides a FileInputStream's channel from jwarc: jwarc would take that channel's absolute
     * position as the first record's offset, where the offsets here are counted from the stream's start.
     */
    private static InputStream buffered(InputStream in) {
        return new BufferedInputStream(in, 1 << 16);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // Only read from; nothing to lose.
        }
    }
}
