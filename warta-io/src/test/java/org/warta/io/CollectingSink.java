package org.warta.io;

import java.util.ArrayList;
import java.util.List;
import org.warta.model.RawDocument;

/** Keeps everything a reader reports, for tests. */
final class CollectingSink implements RecordSink {
    final List<RawDocument> accepted = new ArrayList<>();
    final List<Failure> failed = new ArrayList<>();
    final List<Failure> skipped = new ArrayList<>();

    @Override
    public void accept(RawDocument document) {
        accepted.add(document);
    }

    @Override
    public void fail(Failure failure) {
        failed.add(failure);
    }

    @Override
    public void skip(Failure skip) {
        skipped.add(skip);
    }

    /** Everything the standard reader reports for one file or folder. */
    static CollectingSink read(java.nio.file.Path file) {
        CollectingSink sink = new CollectingSink();
        InputReader.standard().read(List.of(file.toString()), sink);
        return sink;
    }

    long skippedFor(String reason) {
        return skipped.stream().filter(f -> f.reason().equals(reason)).count();
    }

    Failure failure(String reason) {
        return failed.stream().filter(f -> f.reason().equals(reason)).findFirst().orElse(null);
    }

    int total() {
        return accepted.size() + failed.size() + skipped.size();
    }
}
