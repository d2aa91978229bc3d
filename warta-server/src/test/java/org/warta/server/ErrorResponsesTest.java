package org.warta.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.Warta;
import org.warta.WartaOptions;
import org.warta.index.ArticleIndex;
import org.warta.index.SampleArticles;

/**
 * Every error the server sends, whether the API's own or one the HTTP layer raises before a route is reached (a URI
 * too long, headers too large, a path that climbs out of the root), is JSON in the API's error shape and carries the
 * same security headers as a normal answer. Requests are written byte for byte on a socket, as a hostile client
 * would, so that nothing normalises them first.
 */
class ErrorResponsesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_BODY = 4096;
    @TempDir
    static Path data;
    static ArticleIndex index;
    static WartaServer server;

    @BeforeAll
    static void start() {
        index = ArticleIndex.open(data);
        index.put(SampleArticles.english());
        index.commit();
        server = WartaServer.start(index, Warta.pipeline(WartaOptions.defaults()),
                new WartaServer.Config("127.0.0.1", 0, "token-for-errors", MAX_BODY, 10));
    }

    @AfterAll
    static void stop() {
        server.close();
        index.close();
    }

    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /** Sends a request as it is written and reads the whole answer (the connection is closed after it). */
    static Answer send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException e) {
                    // the server may answer and close before reading a body it refuses
                }
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    static Answer get(String target, String... headers) throws IOException {
        StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        return send(head.append("Connection: close\r\n\r\n").toString(), null);
    }

    static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                all.write(buf, 0, n);
            }
        } catch (java.net.SocketException e) {
            // a reset after the answer was sent: what was read is the answer
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        assertTrue(split > 0, "no HTTP answer: " + text);
        String[] lines = text.substring(0, split).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        String body = text.substring(split + 4);
        if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
            body = unchunk(body);
        }
        return new Answer(status, headers, body);
    }

    static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (pos < chunked.length()) {
            int eol = chunked.indexOf("\r\n", pos);
            int size = Integer.parseInt(chunked.substring(pos, eol).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(chunked, eol + 2, eol + 2 + size);
            pos = eol + 2 + size + 2;
        }
        return out.toString();
    }

    /** The API's error shape and the security headers, whoever produced the answer. */
    static JsonNode assertJsonError(Answer a, int status) throws IOException {
        assertEquals(status, a.status(), a.toString());
        assertTrue(a.header("Content-Type").startsWith("application/json"), a.toString());
        JsonNode body = JSON.readTree(a.body());
        assertEquals(status, body.path("status").asInt(), a.body());
        String error = body.path("error").asText("");
        assertFalse(error.isBlank(), a.body());
        assertFalse(a.body().contains("<html") || a.body().contains("Exception") || a.body().contains("at org."),
                a.body());
        assertEquals(WartaServer.CSP, a.header("Content-Security-Policy"), a.toString());
        assertEquals("nosniff", a.header("X-Content-Type-Options"), a.toString());
        assertEquals("no-referrer", a.header("Referrer-Policy"), a.toString());
        assertEquals("DENY", a.header("X-Frame-Options"), a.toString());
        return body;
    }

    @Test
    void aPathThatClimbsOutOfTheRootIsRefusedAsJson() throws Exception {
        assertJsonError(get("/../../etc/passwd"), 400);
        // encoded slashes stay in the id, which no article has: nothing is read from the file system
        assertTrue(assertJsonError(get("/api/articles/..%2F..%2Fetc%2Fpasswd"), 404).get("error").asText()
                .contains("no article"));
        assertJsonError(get("/%ff%fe"), 400);
    }

    @Test
    void aHundredKilobyteQueryStringIsRefusedAsJson() throws Exception {
        JsonNode body = assertJsonError(get("/api/articles?q=" + "a".repeat(100_000)), 414);
        assertTrue(body.get("error").asText().contains("too long"), body.toString());
    }

    @Test
    void headersTooLargeAreRefusedAsJson() throws Exception {
        assertJsonError(get("/api/health", "X-Padding: " + "p".repeat(40_000)), 431);
    }

    @Test
    void malformedRequestsAreRefusedAsJson() throws Exception {
        assertJsonError(send("GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n", null), 400);
        assertJsonError(send("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\nConnection: close\r\n\r\n",
                null), 400);
    }

    @Test
    void aBodyTooLargeIsRefusedAsJson() throws Exception {
        byte[] body = "x ".repeat(MAX_BODY).getBytes(StandardCharsets.UTF_8);
        Answer a = send("POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer token-for-errors\r\n"
                + "Content-Type: text/plain\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body);
        JsonNode error = assertJsonError(a, 413);
        assertTrue(error.get("error").asText().contains("larger than " + MAX_BODY), error.toString());
    }

    @Test
    void unknownPathsAndMethodsAreJson() throws Exception {
        assertJsonError(get("/no/such/page"), 404);
        assertJsonError(send("DELETE /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", null), 405);
        assertJsonError(send("TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", null), 405);
    }

    @Test
    void queryErrorsAreBadRequestsWithAReadableMessage() throws Exception {
        StringBuilder fuzzy = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            fuzzy.append(i == 1 ? "" : "+").append("ab").append(i).append("~2");
        }
        String message = assertJsonError(get("/api/articles?q=" + fuzzy), 400).get("error").asText();
        assertTrue(message.contains("fewer fuzzy or wildcard terms"), message);
        String quote = assertJsonError(get("/api/articles?q=Lavrov+%22saluran"), 400).get("error").asText();
        assertTrue(quote.contains("quote at character 8"), quote);
        assertFalse(quote.contains("Lexical"), quote);
    }

    @Test
    void internalErrorsAreJsonWithAReference(@TempDir Path other) throws Exception {
        ArticleIndex closed = ArticleIndex.open(other);
        closed.put(SampleArticles.english());
        closed.commit();
        try (WartaServer s = WartaServer.start(closed, Warta.pipeline(WartaOptions.defaults()),
                WartaServer.Config.defaults().withPort(0))) {
            closed.close();
            Answer a;
            try (Socket socket = new Socket("127.0.0.1", s.port())) {
                socket.getOutputStream().write(("GET /api/articles?q=Lavrov HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                a = read(socket.getInputStream());
            }
            String message = assertJsonError(a, 500).get("error").asText();
            assertTrue(message.matches("internal error \\(reference [0-9a-f]{8}\\)"), message);
        }
    }
}
