package org.warta.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.warta.model.Hints;
import org.warta.model.Source;

/**
 * WARC and WARC.gz archives (Common Crawl, CC-NEWS, Heritrix, wget), read with jwarc one record at a time, so
 * memory stays flat however large the archive and articles flow out while it is still being read. Every
 * {@code response} record with an HTML payload (and every HTML {@code resource} record) is an article: its target
 * URI is the article's URL and its capture date the fallback publication date. Other records are skipped with a
 * reason (warc-request, warc-metadata, not-html, http-redirect, ...). Damage (a truncated or corrupt archive) is
 * reported with its byte offset; the records before it are kept.
 */
public final class WarcFileReader implements FormatReader {
    private static final Set<String> STANDARD_TYPES = Set.of("warcinfo", "response", "resource", "request",
            "metadata", "revisit", "conversion", "continuation");
    private final ReadLimits limits;

    public WarcFileReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return FormatSniffer.WARC;
    }

    @Override
    public void read(InputFile input, RecordSink sink) throws IOException {
        String path = input.sourcePath();
        try (WarcReader reader = new WarcReader(input.open())) {
            long offset = 0;
            boolean any = false;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    damaged(sink, path, offset, e);
                    return;
                }
                if (next.isEmpty()) {
                    if (!any) {
                        sink.fail(new Failure(new Source(path, null, FormatSniffer.WARC, null), "empty",
                                "the archive holds no WARC record"));
                    }
                    return;
                }
                any = true;
                offset = reader.position();
                try {
                    read(next.get(), path, offset, sink);
                } catch (IOException | RuntimeException e) {
                    damaged(sink, path, offset, e);
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // The archive could not even be opened as WARC (no valid first record).
            sink.fail(new Failure(new Source(path, null, FormatSniffer.WARC, "offset 0"), "damaged",
                    "not a readable WARC archive: " + e.getMessage()));
        }
    }

    static void damaged(RecordSink sink, String path, long offset, Exception e) {
        sink.fail(new Failure(new Source(path, null, FormatSniffer.WARC, "offset " + offset), "damaged",
                "the archive is damaged at or after byte " + offset + " (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + "); the records before it were read, the rest is lost"));
    }

    /** Reports one record that starts at byte {@code offset}: an article, or a skip or failure with its reason. */
    void read(WarcRecord record, String path, long offset, RecordSink sink) throws IOException {
        String url = record instanceof WarcTargetRecord t ? t.target() : null;
        Source source = new Source(path, url, FormatSniffer.WARC, "offset " + offset);
        if (record instanceof WarcResponse response) {
            readResponse(response, source, sink);
        } else if (record instanceof WarcResource resource && isHtml(typeOf(resource.contentType()), null)) {
            readPayload(resource, resource.body(), null, source, sink);
        } else {
            sink.skip(new Failure(source, skipReason(record.type()), "a " + record.type() + " record holds no article"));
        }
    }

    /** The reason code for a record that holds no article: one per record type the WARC standard names. */
    private static String skipReason(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        // The type is the archive's own text; a reason code is counted, so an unknown type must not make a new one.
        return STANDARD_TYPES.contains(t) ? "warc-" + t : "warc-other";
    }

    private void readResponse(WarcResponse response, Source source, RecordSink sink) throws IOException {
        String recordType = typeOf(response.contentType());
        if (!recordType.equals("application/http")) {
            sink.skip(new Failure(source, "not-http", "a response of type " + recordType + " is no web page"));
            return;
        }
        HttpResponse http = response.http();
        int status = http.status();
        if (status >= 300) {
            sink.skip(new Failure(source, status < 400 ? "http-redirect" : "http-error", "HTTP status " + status));
            return;
        }
        String declared = http.headers().first("Content-Type").orElse(null);
        String identified = response.headers().first("WARC-Identified-Payload-Type").orElse(null);
        String type = declared == null ? "" : typeOf(MediaType.parseLeniently(declared));
        if (!isHtml(type, identified)) {
            sink.skip(new Failure(source, "not-html", "payload type " + (type.isEmpty() ? "unknown" : type)
                    + (identified == null ? "" : " (identified as " + identified + ")")));
            return;
        }
        String charset = declared == null ? null : MediaType.parseLeniently(declared).parameters().get("charset");
        readPayload(response, http.bodyDecoded(), charset, source, sink);
    }

    private void readPayload(WarcRecord record, MessageBody body, String charset, Source source, RecordSink sink)
            throws IOException {
        Streams.Read read;
        try (InputStream in = body.stream()) {
            read = Streams.readUpTo(in, limits.maxMarkupBytes());
        }
        if (read.bytes().length > limits.maxMarkupBytes()) {
            sink.fail(new Failure(source, "too-large", limits.describe(read.bytes().length)));
            body.consume();
            return;
        }
        List<String> notes = new ArrayList<>();
        if (record.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
            notes.add("the crawler truncated this payload (" + record.truncated().name().toLowerCase(Locale.ROOT) + ")");
        }
        if (read.damage() != null) {
            notes.add(read.damage());
        }
        Hints hints = new Hints(null, null, null, null, record.date() == null ? null : record.date().toString(),
                null, null, notes);
        Documents.acceptMarkup(read.bytes(), charset, source, hints, sink);
    }

    private static String typeOf(MediaType type) {
        if (type == null) {
            return "";
        }
        return (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    }

    /** HTML by the HTTP header, or by what the crawler identified when the header is missing or generic. */
    static boolean isHtml(String type, String identified) {
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return true;
        }
        boolean vague = type.isEmpty() || type.equals("/") || type.equals("application/octet-stream") || type.equals("text/plain");
        if (vague && identified != null) {
            String id = identified.toLowerCase(Locale.ROOT);
            return id.startsWith("text/html") || id.startsWith("application/xhtml+xml");
        }
        return false;
    }
}
