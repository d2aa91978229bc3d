package org.warta.io;

import java.nio.charset.Charset;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;

/** Shared checks for one record's bytes: empty, binary or undecodable content becomes a failure with its reason. */
public final class Documents {
    private Documents() {
    }

    public static void accept(byte[] bytes, Charset declared, String mediaType, Source source, Hints hints,
                              RecordSink sink) {
        if (bytes.length == 0) {
            sink.fail(new Failure(source, "empty", "the input is empty"));
            return;
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decode(bytes, declared);
        } catch (TextDecoder.NotTextException e) {
            sink.fail(new Failure(source, "binary", e.getMessage()));
            return;
        }
        accept(decoded.text(), mediaType, source, decoded.note() == null ? hints : hints.withNote(decoded.note()), sink);
    }

    /** A web document's bytes, decoded as a browser would ({@link TextDecoder#decodeMarkup}). */
    public static void acceptMarkup(byte[] bytes, String transportCharset, Source source, Hints hints, RecordSink sink) {
        if (bytes.length == 0) {
            sink.fail(new Failure(source, "empty", "the input is empty"));
            return;
        }
        TextDecoder.Decoded decoded;
        try {
            decoded = TextDecoder.decodeMarkup(bytes, transportCharset);
        } catch (TextDecoder.NotTextException e) {
            sink.fail(new Failure(source, "binary", e.getMessage()));
            return;
        }
        accept(decoded.text(), RawDocument.HTML, source, decoded.note() == null ? hints : hints.withNote(decoded.note()), sink);
    }

    public static void accept(String text, String mediaType, Source source, Hints hints, RecordSink sink) {
        if (text.isBlank()) {
            sink.fail(new Failure(source, "empty", "the input holds only white space"));
            return;
        }
        sink.accept(new RawDocument(text, mediaType, source, hints));
    }
}
