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
        Source source = new Source(input.sourcePath(), null,
                input.sourcePath() == null ? "stdin" : "text", null);
        boolean gzipped = Streams.gzipMagic(input.head(2));
        long size = input.knownSize();
        if (size > limits.maxRecordBytes() && !gzipped) {
            sink.fail(new Failure(source, "too-large", limits.describe(size)));
            return;
        }
        Streams.Read read;
        try (InputStream in = Streams.maybeGunzip(input.open())) {
            read = Streams.readUpTo(in, limits.maxRecordBytes());
        }
        if (read.bytes().length > limits.maxRecordBytes()) {
            sink.fail(new Failure(source, "too-large", "more than " + limits.maxRecordBytes()
                    + " bytes, the limit for one article" + (gzipped ? " (once uncompressed)" : "")));
            return;
        }
        Hints hints = read.damage() == null ? Hints.NONE : Hints.NONE.withNote(read.damage());
        Documents.accept(read.bytes(), null, RawDocument.TEXT, source, hints, sink);
    }
}
