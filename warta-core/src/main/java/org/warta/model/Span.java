package org.warta.model;

/** Anything that points at a stretch of an article's clean text, as character offsets [start, end). */
public interface Span {
    int start();

    int end();

    /** The covered text, taken from the clean text the offsets index into. */
    default String coveredText(String text) {
        return text.substring(start(), end());
    }

    static void check(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
