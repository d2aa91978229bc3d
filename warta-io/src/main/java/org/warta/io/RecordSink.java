package org.warta.io;

import org.warta.model.RawDocument;

/** Receives what readers find, record by record, as they stream through their input. */
public interface RecordSink {
    /** A record to process. */
    void accept(RawDocument document);

    /** A record that could not be read. */
    void fail(Failure failure);

    /** A record deliberately passed over (a WARC request record, an image response). */
    void skip(Failure skipped);
}
