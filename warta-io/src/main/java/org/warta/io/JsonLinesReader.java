package org.warta.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.warta.model.Hints;
import org.warta.model.RawDocument;
import org.warta.model.Source;

/**
 * JSON Lines: one article per line, {@code text} required (or {@code html} for a page), and {@code id},
 * {@code url}, {@code title}, {@code published}, {@code language}, {@code author}, {@code site} carried through.
 * A bad line is reported with its line number and the rest of the file is read.
 */
public final class JsonLinesReader implements FormatReader {
    private static final ObjectMapper JSON = new ObjectMapper();
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
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(input.open(), decoder))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    readLine(input, number, line, sink);
                }
            }
        }
    }

    private void readLine(InputFile input, int number, String line, RecordSink sink) {
        String path = input.path() == null ? null : input.name();
        Source where = new Source(path, null, "jsonl", "line " + number);
        if (line.length() > limits.maxRecordBytes()) {
            sink.fail(new Failure(where, "too-large", limits.describe(line.length())));
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.fail(new Failure(where, "bad-json", e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.fail(new Failure(where, "bad-json", "expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType())));
            return;
        }
        String text = string(node, "text");
        String html = string(node, "html");
        if (text == null && html == null) {
            sink.fail(new Failure(where, "missing-text", "the record has no \"text\" string"));
            return;
        }
        Source source = new Source(path, string(node, "url"), "jsonl", "line " + number);
        Hints hints = new Hints(string(node, "id"), string(node, "title"), string(node, "published"),
                string(node, "language"), null, string(node, "author"), string(node, "site"), null);
        if (text != null) {
            Documents.accept(text, RawDocument.TEXT, source, hints, sink);
        } else {
            Documents.accept(html, RawDocument.HTML, source, hints, sink);
        }
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
