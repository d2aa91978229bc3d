package org.warta.clean;

import java.util.regex.Pattern;

/**
 * One boilerplate pattern from a language's {@code clean.tsv}.
 *
 * @param scope   LINE rules must match a whole block; INLINE rules cut matches out of a block
 * @param reason  why the text goes (ad-placeholder, comment-counter, caption, source-line, ...)
 * @param pattern compiled case-insensitive Unicode pattern
 * @param where   the data file and line it came from
 */
public record CleanRule(Scope scope, String reason, Pattern pattern, String where) {
    public enum Scope { LINE, INLINE }

    /** Reasons with special handling: what they match is moved to another layer, not just dropped. */
    public static final String CAPTION = "caption";
    public static final String SOURCE_LINE = "source-line";
    public static final String BYLINE = "byline";
}
