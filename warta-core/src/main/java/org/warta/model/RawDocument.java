package org.warta.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a reader found, before any processing: decoded content, its media type, where it came from, and hints that
 * the container carried (a JSON Lines record's title, a feed item's date, a WARC capture date, a declared charset).
 *
 * @param content   the decoded content (plain text or markup)
 * @param mediaType "text/plain" or "text/html"
 * @param source    where it came from
 * @param hints     metadata the container supplied; never null
 */
public record RawDocument(String content, String mediaType, Source source, Hints hints) implements Serializable {
    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";

    public RawDocument {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(source, "source");
        hints = hints == null ? Hints.NONE : hints;
    }

    public static RawDocument ofText(String text) {
        return new RawDocument(text, TEXT, new Source(null, null, "text", null), Hints.NONE);
    }

    public boolean isHtml() {
        return HTML.equals(mediaType);
    }
}
