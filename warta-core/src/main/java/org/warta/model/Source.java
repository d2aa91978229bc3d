package org.warta.model;

import java.io.Serializable;

/**
 * Where a record came from: a file path, a URL, or both (a WARC record has the archive path and its target URI).
 *
 * @param path   file path as given, or null
 * @param url    URL of the article, or null
 * @param format input format name: text, jsonl, html, warc, rss, atom, stdin
 * @param record position inside a multi-record input (line number, WARC byte offset, feed item), or null
 */
public record Source(String path, String url, String format, String record) implements Serializable {
    public static Source ofText(String path) {
        return new Source(path, null, "text", null);
    }

    /** A short human form for messages: "file.jsonl line 4". */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(path != null ? path : url != null ? url : "<input>");
        if (record != null) {
            b.append(' ').append(record);
        }
        return b.toString();
    }
}
