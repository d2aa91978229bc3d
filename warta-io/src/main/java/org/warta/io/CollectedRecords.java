package org.warta.io;

import java.util.ArrayList;
import java.util.List;
import org.warta.model.RawDocument;

/** A sink that keeps everything a reader reports, for callers that need all records before they go on. */
public final class CollectedRecords implements RecordSink {
    private final List<RawDocument> documents = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final List<Failure> skipped = new ArrayList<>();

    @Override
    public synchronized void accept(RawDocument document) {
        documents.add(document);
    }

    @Override
    public synchronized void fail(Failure failure) {
        failures.add(failure);
    }

    @Override
    public synchronized void skip(Failure skip) {
        skipped.add(skip);
    }

    public synchronized List<RawDocument> documents() {
        return documents;
    }

    public synchronized List<Failure> failures() {
        return failures;
    }

    public synchronized List<Failure> skipped() {
        return skipped;
    }
}
