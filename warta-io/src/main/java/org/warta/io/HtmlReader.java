package org.warta.io;

import java.io.IOException;
import java.io.InputStream;
import org.warta.model.Hints;
import org.warta.model.Source;

/**
 * An HTML page (.html, .htm, or either gzipped) is one article. The charset comes from the byte-order mark, the
 * page's {@code <meta charset>} or {@code http-equiv} declaration, or the bytes themselves (see
 * {@link TextDecoder#decodeMarkup}). A truncated gzipped page keeps what could be read, with a note.
 */
public final class HtmlReader implements FormatReader {
    private final ReadLimits limits;

    public HtmlReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return FormatSniffer.HTML;
    }

    @Override
    public void read(InputFile input, RecordSink sink) throws IOException {
        Source source = new Source(input.sourcePath(), null, FormatSniffer.HTML, null);
        Streams.Read read;
        try (InputStream in = Streams.maybeGunzip(input.open())) {
            read = Streams.readUpTo(in, limits.maxMarkupBytes());
        }
        if (read.bytes().length > limits.maxMarkupBytes()) {
            sink.fail(new Failure(source, "too-large", limits.describe(read.bytes().length) + " (HTML: "
                    + limits.maxMarkupBytes() + " bytes)"));
            return;
        }
        Hints hints = read.damage() == null ? Hints.NONE : Hints.NONE.withNote(read.damage());
        Documents.acceptMarkup(read.bytes(), null, source, hints, sink);
    }
}
