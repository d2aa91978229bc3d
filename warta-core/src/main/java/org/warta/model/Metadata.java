package org.warta.model;

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
 */
public record Metadata(String title, boolean titleDerived, String published, String author, String siteName,
                       String url, String declaredLanguage) {
    public static final Metadata EMPTY = new Metadata(null, false, null, null, null, null, null);

    public Metadata withTitle(String newTitle, boolean derived) {
        return new Metadata(newTitle, derived, published, author, siteName, url, declaredLanguage);
    }

    public Metadata withPublished(String value) {
        return new Metadata(title, titleDerived, value, author, siteName, url, declaredLanguage);
    }
}
