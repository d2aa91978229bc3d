package org.warta.io;

import java.io.IOException;
import java.io.InputStream;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;

/** A plain-text file is one article. */
public final class PlainTextReader implements FormatReader {
    private final ReadLimits limits;

    public PlainTextReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void read(InputFile input, RecordSink sink) throws IOException {
        Source source = new Source(input.path() == null ? null : input.name(), null,
                input.path() == null ? "stdin" : "text", null);
        long size = input.size();
        if (size > limits.maxRecordBytes()) {
            sink.fail(new Failure(source, "too-large", limits.describe(size)));
            return;
        }
        byte[] bytes;
        try (InputStream in = input.open()) {
            bytes = in.readAllBytes();
        }
        Documents.accept(bytes, null, RawDocument.TEXT, source, Hints.NONE, sink);
    }
}
