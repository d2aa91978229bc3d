package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.warta.model.RawDocument;
import org.warta.model.Source;

/**
 * A sink for the fuzz tests that checks the reader contract as records arrive: a document has text and a known
 * media type, a failure or a skip has a source, a reason code and a message. It counts what it saw, so a test can
 * tell that an input gave at least one outcome and nothing vanished.
 */
final class ContractSink implements RecordSink {
    final List<RawDocument> documents = new ArrayList<>();
    int failed;
    int skipped;

    /** What a reader reports for in-memory bytes; an input it cannot read at all must say why. */
    static ContractSink read(FormatReader reader, byte[] bytes) {
        ContractSink sink = new ContractSink();
        try {
            reader.read(InputFile.ofBytes("fuzz", bytes), sink);
        } catch (IOException e) {
            // The whole input is unreadable: the caller reports this message as the input's failure.
            sink.fail(new Failure(Source.ofText("fuzz"), "unreadable", e.getMessage()));
        }
        return sink;
    }

    @Override
    public void accept(RawDocument document) {
        assertNotNull(document.source(), "a document without a source");
        assertFalse(document.content().isBlank(), "a blank document was accepted");
        assertTrue(document.isHtml() || RawDocument.TEXT.equals(document.mediaType()),
                "unknown media type " + document.mediaType());
        documents.add(document);
    }

    @Override
    public void fail(Failure failure) {
        check(failure);
        failed++;
    }

    @Override
    public void skip(Failure skip) {
        check(skip);
        skipped++;
    }

    int outcomes() {
        return documents.size() + failed + skipped;
    }

    private static void check(Failure f) {
        assertNotNull(f.source(), "a failure without a source");
        assertTrue(f.reason() != null && f.reason().matches("[a-z][a-z0-9-]*"), "a failure without a reason code: " + f);
        assertTrue(f.message() != null && !f.message().isBlank() && !f.message().equals("null"),
                "a failure without a message: " + f);
    }
}
