package org.warta.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text without silent mojibake: a byte-order mark decides when present; otherwise the bytes must
 * be valid UTF-8, else they are read as Windows-1252 (a superset of Latin-1 in practice) and that is reported.
 * Binary content is refused.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How far into a document its own charset declaration is looked for (HTML says 1024 bytes; pages overrun it). */
    static final int DECLARATION_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.()+-]+)");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "(?i)^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_.:+-]+)[\"']");

    private TextDecoder() {
    }

    /**
     * The decoded text and, when it was not plain UTF-8, a note saying what was done.
     *
     * @param text    decoded text, BOM removed
     * @param charset the charset used
     * @param note    null, or a message for the run's warnings
     */
    public record Decoded(String text, Charset charset, String note) {
    }

    /** Thrown for content that is not text at all. */
    public static final class NotTextException extends Exception {
        public NotTextException(String message) {
            super(message);
        }
    }

    public static Decoded decode(byte[] bytes) throws NotTextException {
        return decode(bytes, null);
    }

    /** Decodes with a declared charset (from HTTP or a meta tag) when the bytes carry no BOM. */
    public static Decoded decode(byte[] bytes, Charset declared) throws NotTextException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictOrLenient(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, null);
        }
        String binary = binaryReason(bytes);
        if (binary != null) {
            throw new NotTextException(binary);
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new Decoded(new String(bytes, declared), declared, null);
        }
        try {
            return new Decoded(strictUtf8(bytes, 0), StandardCharsets.UTF_8, null);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252,
                    "not valid UTF-8; read as Windows-1252");
        }
    }

    /**
     * Decodes a web document (HTML, XML) the way a browser would, in this order: a byte-order mark; the charset the
     * transport declared (HTTP {@code Content-Type}); the document's own declaration ({@code <meta charset>},
     * {@code http-equiv}, or an XML declaration); valid UTF-8; else Windows-1252. A single-byte declaration over
     * bytes that are valid multi-byte UTF-8 is a mislabel and is overruled, with a note.
     */
    public static Decoded decodeMarkup(byte[] bytes, String transportCharset) throws NotTextException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return decode(bytes, null);
        }
        Charset declared = charset(transportCharset);
        if (declared == null) {
            declared = declaredInDocument(bytes);
        }
        if (declared != null && isSingleByte(declared) && hasMultiByteUtf8(bytes)) {
            try {
                return new Decoded(strictUtf8(bytes, 0), StandardCharsets.UTF_8,
                        "declared " + declared.name() + " but the bytes are UTF-8; read as UTF-8");
            } catch (CharacterCodingException e) {
                // not UTF-8 after all: the declaration stands
            }
        }
        return decode(bytes, declared);
    }

    /** The charset a document declares in its first bytes, or null. */
    public static Charset declaredInDocument(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        if (m.find()) {
            return charset(m.group(1));
        }
        m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : null;
    }

    /**
     * The charset for a label as web content uses it, or null when unknown. As in browsers, Latin-1 and ASCII
     * labels mean Windows-1252, which agrees with them wherever they are defined.
     */
    public static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT).replaceAll("^[\"']|[\"';]$", "");
        switch (l) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252", "windows-1252" -> {
                return WINDOWS_1252;
            }
            case "utf8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.forName(l);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }

    private static boolean isSingleByte(Charset c) {
        return c.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static boolean hasMultiByteUtf8(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0xC2 && b <= 0xF4 && (bytes[i + 1] & 0xC0) == 0x80) {
                return true;
            }
        }
        return false;
    }

    private static Decoded strictOrLenient(byte[] bytes, int offset, Charset charset) {
        try {
            return new Decoded(strictUtf8(bytes, offset), charset, null);
        } catch (CharacterCodingException e) {
            String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            return new Decoded(lenient, charset, "invalid UTF-8 sequences after a UTF-8 byte-order mark were replaced with U+FFFD");
        }
    }

    private static String strictUtf8(byte[] bytes, int offset) throws CharacterCodingException {
        String wellFormed = Utf8.decodeWellFormed(bytes, offset);
        if (wellFormed != null) {
            return wellFormed;
        }
        // The JDK's String constructor is far faster than a decoder; malformed input always leaves U+FFFD behind,
        // so only text holding U+FFFD needs the strict decoder to tell a real one from a replacement.
        String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    /**
     * Text has no NUL bytes and few control characters; formats such as PNG, PDF, ZIP and gzip show themselves in
     * their first bytes.
     */
    static String binaryReason(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "contains NUL bytes at offset " + i + ": binary content, not text";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (n > 0 && control * 20 > n) {
            return "too many control characters (" + control + " in the first " + n + " bytes): binary content, not text";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
