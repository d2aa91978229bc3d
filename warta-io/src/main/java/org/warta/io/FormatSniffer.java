package org.warta.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Chooses an input's format from its content first and its name second. */
public final class FormatSniffer {
    public static final String TEXT = "text";
    public static final String JSONL = "jsonl";
    public static final String HTML = "html";
    public static final String WARC = "warc";
    public static final String FEED = "feed";
    static final int HEAD_BYTES = 4096;

    private FormatSniffer() {
    }

    public static String sniff(InputFile input) throws IOException {
        return sniff(input.lowerName(), input.head(HEAD_BYTES));
    }

    static String sniff(String lowerName, byte[] head) {
        if (Streams.gzipMagic(head)) {
            String inner = lowerName.endsWith(".gz") ? lowerName.substring(0, lowerName.length() - 3) : lowerName;
            return sniff(inner, gunzipHead(head));
        }
        String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        String lower = start.toLowerCase(Locale.ROOT);
        if (start.startsWith("WARC/")) {
            return WARC;
        }
        if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson")) {
            return JSONL;
        }
        if (start.startsWith("{")) {
            return JSONL;
        }
        if (lower.startsWith("<?xml") || lower.startsWith("<rss") || lower.startsWith("<feed") || lower.startsWith("<rdf")) {
            if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
                return FEED;
            }
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<head")
                || (lower.startsWith("<") && (lower.contains("<body") || lower.contains("<p>") || lower.contains("<div")))) {
            return HTML;
        }
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) {
            return HTML;
        }
        if (lowerName.endsWith(".rss") || lowerName.endsWith(".atom")) {
            return FEED;
        }
        if (lowerName.endsWith(".warc")) {
            return WARC;
        }
        return TEXT;
    }

    private static byte[] gunzipHead(byte[] head) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            // A truncated head still yields what was inflated before the end; anything else is not gzip we can read.
            return new byte[0];
        }
    }
}
