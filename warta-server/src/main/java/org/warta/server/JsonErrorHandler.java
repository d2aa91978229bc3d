package org.warta.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself, before a request reaches a route (a URI too long, headers too large, a path that
 * is ambiguous or climbs above the root, a request that is not HTTP): in the API's error shape, {@code {"status",
 * "error"}}, with the same security headers as every other answer, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    /** The most of Jetty's own reason that is passed on; its reasons are short phrases. */
    private static final int MAX_REASON = 120;
    private final long maxBodyBytes;

    JsonErrorHandler(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean errorPageForMethod(String method) {
        // every method gets the JSON body, not only GET and POST
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        byte[] body = body(code, message(code, message, cause, request));
        HttpFields.Mutable headers = response.getHeaders();
        WartaServer.SECURITY_HEADERS.forEach(headers::put);
        headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        headers.put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private String message(int code, String reason, Throwable cause, Request request) {
        String why = reason(reason, code);
        return switch (code) {
            case HttpStatus.URI_TOO_LONG_414 -> "the URL is too long: the request line and headers may have at most "
                    + "8 KiB; shorten the query";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "the request headers are too large: the request "
                    + "line and headers may have at most 8 KiB";
            case HttpStatus.PAYLOAD_TOO_LARGE_413 -> "the request body is larger than " + maxBodyBytes + " bytes";
            case HttpStatus.NOT_FOUND_404 -> "no such page: " + request.getHttpURI().getPath();
            case HttpStatus.METHOD_NOT_ALLOWED_405 -> "method " + request.getMethod() + " is not allowed here";
            case HttpStatus.BAD_REQUEST_400 -> "bad request" + (why == null ? "" : ": " + why)
                    + " (the request is not valid HTTP, or its path is ambiguous or leaves the root)";
            default -> code >= 500 ? internal(request, cause, why)
                    : HttpStatus.getMessage(code) + (why == null ? "" : ": " + why);
        };
    }

    private static String internal(Request request, Throwable cause, String why) {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        System.err.println("warta serve: internal error " + ref + " on " + request.getMethod() + " "
                + request.getHttpURI().getPath() + ": " + (cause != null ? cause : why));
        return "internal error (reference " + ref + ")";
    }

    /** Jetty's reason phrase without anything that is not plain printable text, or null when it adds nothing. */
    private static String reason(String reason, int code) {
        if (reason == null || reason.isBlank() || reason.equalsIgnoreCase(HttpStatus.getMessage(code))) {
            return null;
        }
        String clean = reason.replaceAll("[^\\x20-\\x7e]", "?").strip();
        return clean.length() > MAX_REASON ? clean.substring(0, MAX_REASON) + "…" : clean;
    }

    static byte[] body(int status, String message) {
        ObjectNode o = WartaServer.JSON.createObjectNode();
        o.put("status", status);
        o.put("error", message);
        try {
            return WartaServer.JSON.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
