package org.warta.model;

import java.io.Serializable;

/**
 * One block of a draft article before the clean text is fixed: a line of plain text, or a paragraph, heading,
 * list item, quote or table row extracted from HTML.
 *
 * @param text the block's text, on one line
 * @param kind what the block was in its source
 */
public record Block(String text, Kind kind) implements Serializable {
    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE, TABLE_ROW, CAPTION }

    public static Block paragraph(String text) {
        return new Block(text, Kind.PARAGRAPH);
    }

    public Block withText(String newText) {
        return new Block(newText, kind);
    }
}
