package org.warta.model;

/**
 * Where the article says it comes from ("Sumber: https://...", "Nguồn: TTXVN").
 *
 * @param sourceUrl      URL named as the source, or null
 * @param sourceOutlet   the outlet's name or host, or null
 * @param line           the line it was read from
 */
public record Attribution(String sourceUrl, String sourceOutlet, String line) {
    public static final Attribution NONE = new Attribution(null, null, null);

    public boolean isEmpty() {
        return sourceUrl == null && sourceOutlet == null;
    }
}
