package org.warta.io;

import java.nio.charset.StandardCharsets;

/**
 * The fast way to decode a page that is well-formed UTF-8. The JDK's strict decoder (which must report malformed
 * input, so that a page in another encoding is not silently garbled) goes through a {@code CharsetDecoder} one
 * buffer at a time; {@code new String(bytes, UTF_8)} is the JDK's own optimised path but replaces malformed input
 * with U+FFFD. Its result is kept when it holds no U+FFFD, which proves the input was well-formed; otherwise the
 * caller decodes strictly, as before, so the text decoded is always what the strict decoder gives.
 */
final class Utf8 {
    private Utf8() {
    }

    /** The text of {@code bytes} from {@code offset}, or null when it may not be well-formed UTF-8. */
    static String decodeWellFormed(byte[] bytes, int offset) {
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null;
    }
}
