package org.warta.clean;

import java.util.regex.Pattern;

/**
 * Lines whose shape alone says they are no part of an article, in any language and script: a short line without a
 * single letter (a clock time, a counter, a date in figures, an IP address), and a line that is nothing but a web or
 * e-mail address or a long identifier (a tracking hash). Table rows are never judged by shape: figures are their
 * content.
 */
final class LineShapes {
    static final String NO_WORDS = "no-words";
    static final String ADDRESS = "address";
    /** Longer lines of figures are data (a list of results), not a page's furniture. */
    private static final int MAX_WORDLESS = 60;
    private static final Pattern ADDRESS_LINE = Pattern.compile(
            "(?:https?://|www\\.)\\S++|[^\\s@]++@(?:[\\p{L}\\p{Nd}-]++\\.)++\\p{L}{2,}+|(?=[^\\s\\d]*+\\d)(?=[^\\s\\p{L}]*+\\p{L})[\\p{L}\\p{Nd}]{16,}+");

    private LineShapes() {
    }

    /** The reason a line goes for its shape, or null. */
    static String reason(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() <= MAX_WORDLESS && t.codePoints().noneMatch(Character::isLetter)) {
            return NO_WORDS;
        }
        return t.indexOf(' ') < 0 && ADDRESS_LINE.matcher(t).matches() ? ADDRESS : null;
    }
}
