package org.warta.model;

import java.io.Serializable;

/**
 * Where the article says it comes from ("Sumber: https://...", "Nguồn: TTXVN").
 *
 * @param sourceUrl          URL named as the source, or null
 * @param sourceOutlet       the outlet's name or host, or null
 * @param sourceLanguageHint the language the source is probably in (from its country domain), or null: a
 *                           translated article's original language
 * @param line               the line it was read from
 */
public record Attribution(String sourceUrl, String sourceOutlet, String sourceLanguageHint, String line)
        implements Serializable {
    public static final Attribution NONE = new Attribution(null, null, null, null);

    public Attribution(String sourceUrl, String sourceOutlet, String line) {
        this(sourceUrl, sourceOutlet, null, line);
    }

    public boolean isEmpty() {
        return sourceUrl == null && sourceOutlet == null;
    }
}
