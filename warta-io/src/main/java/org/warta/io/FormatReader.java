package org.warta.io;

import java.io.IOException;

/**
 * Reads one input format and streams its records to a sink. A reader reports a record it cannot read as a failure
 * and goes on; it throws only when the input as a whole cannot be read, and then says what and where.
 */
public interface FormatReader {
    /** The format name used in {@code input.format} and in messages: text, jsonl, html, warc, feed. */
    String format();

    void read(InputFile input, RecordSink sink) throws IOException;
}
