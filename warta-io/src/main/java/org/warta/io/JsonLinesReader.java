package org.warta.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;

/**
 * JSON Lines: one article per line, {@code text} required (or {@code html} for a page), and {@code id},
 * {@code url}, {@code title}, {@code published}, {@code language}, {@code author}, {@code site} carried through.
 * The file may be gzipped. A bad line is reported with its line number and the rest of the file is read; a line
 * longer than the record limit is refused without being held in memory.
 *
 * <p>{@code text} and {@code html} must be strings: a number or an object there means the record is not what it
 * claims to be, and it is refused as {@code bad-record} rather than stored as an article reading "42". The other
 * fields take strings or numbers; a list (several authors) is joined with commas.
 */
public final class JsonLinesReader implements FormatReader {
    /** Trailing tokens fail: a second record run onto the line of the first must not vanish unreported. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final ReadLimits limits;

    public JsonLinesReader(ReadLimits limits) {
        this.limits = limits;
    }

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public void read(InputFile input, RecordSink sink) throws IOException {
        String path = input.sourcePath();
        try (InputStream in = Streams.maybeGunzip(input.open())) {
            ByteLines lines = new ByteLines(in, limits.maxRecordBytes());
            for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
                Source where = new Source(path, null, "jsonl", "line " + line.number());
                if (line.bytes() == null) {
                    sink.fail(new Failure(where, "too-large", limits.describe(line.length())));
                    continue;
                }
                String text = new String(line.bytes(), StandardCharsets.UTF_8);
                if (line.number() == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (!text.isBlank()) {
                    readLine(path, line.number(), text, sink);
                }
            }
            if (lines.damage() != null) {
                sink.fail(new Failure(new Source(path, null, "jsonl", null), "damaged", lines.damage()));
            }
        }
    }

    private static void readLine(String path, long number, String line, RecordSink sink) {
        Source where = new Source(path, null, "jsonl", "line " + number);
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")
                    ? "the line holds more than one JSON value; write one record on each line"
                    : e.getOriginalMessage();
            sink.fail(new Failure(where, "bad-json", message));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.fail(new Failure(where, "bad-json", "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType())));
            return;
        }
        try {
            String text = body(node, "text");
            String html = body(node, "html");
            if (text == null && html == null) {
                sink.fail(new Failure(where, "missing-text", "the record has no \"text\" string"));
                return;
            }
            Source source = new Source(path, detail(node, "url"), "jsonl", "line " + number);
            Hints hints = new Hints(detail(node, "id"), detail(node, "title"), detail(node, "published"),
                    detail(node, "language"), null, detail(node, "author"), detail(node, "site"), null);
            if (text != null) {
                Documents.accept(text, RawDocument.TEXT, source, hints, sink);
            } else {
                Documents.accept(html, RawDocument.HTML, source, hints, sink);
            }
        } catch (BadField e) {
            sink.fail(new Failure(where, "bad-record", e.getMessage()));
        }
    }

    /** The article's text or markup: a string, or absent. */
    private static String body(JsonNode node, String field) throws BadField {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadField("\"" + field + "\" must be a string, found " + kind(v));
        }
        return v.asText();
    }

    /** A detail about the article: a string or number as its text, a list of them joined, or absent. */
    private static String detail(JsonNode node, String field) throws BadField {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode item : v) {
                if (!item.isValueNode()) {
                    throw new BadField("\"" + field + "\" must be a string or a list of strings, found a list holding " + kind(item));
                }
                if (!item.isNull()) {
                    parts.add(item.asText());
                }
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        throw new BadField("\"" + field + "\" must be a string, found " + kind(v));
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case NUMBER -> "a number (" + v.asText() + ")";
            case BOOLEAN -> "a boolean (" + v.asText() + ")";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            default -> v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A field whose value has the wrong kind for it. */
    private static final class BadField extends Exception {
        BadField(String message) {
            super(message, null, false, false);
        }
    }
}
