package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.warta.extract.Extractor;
import org.warta.extract.html.HtmlExtractor;
import org.warta.model.RawDocument;

/**
 * An HTML page on arbitrary bytes: decoding as a browser would, then the core's extraction of body blocks,
 * captions and metadata. A page is one record, and extraction of whatever was accepted never throws.
 */
class HtmlFuzzTest {
    private static final HtmlReader READER = new HtmlReader(ReadLimits.DEFAULT);
    private static final HtmlExtractor EXTRACTOR = new HtmlExtractor();

    @FuzzTest(maxDuration = "10s")
    @Timeout(10)
    void htmlPage(byte[] bytes) {
        ContractSink sink = ContractSink.read(READER, bytes);
        assertEquals(1, sink.outcomes(), "a page is one record");
        for (RawDocument page : sink.documents) {
            Extractor.Extraction extraction = EXTRACTOR.extract(page);
            assertNotNull(extraction.metadata());
        }
    }
}
