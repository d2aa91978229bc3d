package org.warta.model;

import java.io.Serializable;

/**
 * Descriptive facts about an article, each possibly null.
 *
 * @param title        the headline
 * @param titleDerived true when Warta made the title up (from a URL slug or the first sentence)
 * @param published    publication date or date-time, ISO 8601
 * @param author       author or byline
 * @param siteName     the publishing site or outlet
 * @param url          the article's own URL (canonical where known)
 * @param declaredLanguage the language the page or record declares
 * @param publishedFrom where {@code published} came from: {@link #FROM_INPUT} (the record, page or feed said it),
 *                      {@link #FROM_URL} (a date in the article's URL), {@link #FROM_TEXT} (a dateline or byline in
 *                      the text or in the lines removed from it); null when there is no publication date
 */
public record Metadata(String title, boolean titleDerived, String published, String author, String siteName,
                       String url, String declaredLanguage, String publishedFrom) implements Serializable {
    public static final String FROM_INPUT = "input";
    public static final String FROM_URL = "url";
    public static final String FROM_TEXT = "text";
    public static final Metadata EMPTY = new Metadata(null, false, null, null, null, null, null);

    /** Metadata as the input gave it: a publication date here came from the input. */
    public Metadata(String title, boolean titleDerived, String published, String author, String siteName,
                    String url, String declaredLanguage) {
        this(title, titleDerived, published, author, siteName, url, declaredLanguage,
                published == null ? null : FROM_INPUT);
    }

    public Metadata withTitle(String newTitle, boolean derived) {
        return new Metadata(newTitle, derived, published, author, siteName, url, declaredLanguage, publishedFrom);
    }

    public Metadata withPublished(String value) {
        return new Metadata(title, titleDerived, value, author, siteName, url, declaredLanguage);
    }

    /** The publication date read from the article itself, and where: {@link #FROM_URL} or {@link #FROM_TEXT}. */
    public Metadata withPublished(String value, String from) {
        return new Metadata(title, titleDerived, value, author, siteName, url, declaredLanguage, from);
    }
}
