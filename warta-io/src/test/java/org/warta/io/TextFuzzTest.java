package org.warta.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Timeout;

/**
 * Plain text and byte decoding on arbitrary bytes: one outcome per file; decoding either refuses the bytes as
 * binary or gives text; the fast UTF-8 path gives exactly what the strict decoder gives.
 */
class TextFuzzTest {
    private static final PlainTextReader READER = new PlainTextReader(ReadLimits.DEFAULT);
    /** Labels an HTTP header may carry, good and bad; the document's own declaration comes from the bytes. */
    private static final String[] TRANSPORT_CHARSETS = {null, "", "utf-8", "ISO-8859-1", "windows-1251", "shift_jis",
        "utf-16", "x-no-such-charset", "\"utf-8;\""};

    @FuzzTest(maxDuration = "10s")
    @Timeout(10)
    void plainText(byte[] bytes) {

        assertEquals(1, ContractSink.read(READER, bytes).outcomes(), "a text file is one record");

        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            assertNotNull(decoded.text());
        } catch (TextDecoder.NotTextException e) {
            assertNotNull(e.getMessage());
        }
        for (String transportCharset : TRANSPORT_CHARSETS) {
            try {
                assertNotNull(TextDecoder.decodeMarkup(bytes, transportCharset).text());
            } catch (TextDecoder.NotTextException e) {
                assertNotNull(e.getMessage());
            }
        }

        String fast = Utf8.decodeWellFormed(bytes, 0);
        String strict = strictUtf8(bytes);
        if (fast != null) {
            assertEquals(strict, fast, "the fast path accepted bytes the strict decoder does not read the same");
        } else if (strict != null) {
            assertTrue(strict.indexOf('\uFFFD') >= 0, "well-formed UTF-8 without U+FFFD must take the fast path");
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
