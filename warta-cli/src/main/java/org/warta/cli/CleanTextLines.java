package org.warta.cli;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a line of an input text is still in an article's clean text. Lines are compared on their letters and
 * digits alone (NFKC, lower case), so a repaired slip or a re-joined hard-wrapped paragraph still counts as kept, in
 * every script. A long line is kept when most of it is there; a short one ("Search", "댓글") only as a paragraph of
 * its own or together with the end of the line before it or the start of the line after it, so that the same word
 * in the body's prose does not count.
 */
final class CleanTextLines {
    /** Letters and digits from which a line is long enough to be recognised by itself. */
    static final int LONG = 24;
    private static final int GRAM = 8;
    private static final int CONTEXT = 6;

    private final String all;
    private final Set<String> paragraphs = new HashSet<>();

    CleanTextLines(String cleanText, String title) {
        StringBuilder b = new StringBuilder();
        for (String paragraph : cleanText.split("\n")) {
            String k = key(paragraph);
            if (!k.isEmpty()) {
                paragraphs.add(k);
                b.append(k).append('\n');
            }
        }
        if (title != null && !key(title).isEmpty()) {
            paragraphs.add(key(title));
        }
        all = b.toString();
    }

    /** The letters and digits of a line, NFKC-normalised and lower-cased. */
    static String key(String line) {
        String n = Normalizer.normalize(line, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * Whether line {@code index} of {@code lines} (the input text's lines) is in the clean text.
     */
    boolean kept(List<String> lines, int index) {
        String k = key(lines.get(index));
        if (k.isEmpty() || paragraphs.contains(k)) {
            return true;
        }
        if (k.length() >= LONG) {
            return all.contains(k) || mostlyThere(k);
        }
        String before = neighbour(lines, index, -1);
        String after = neighbour(lines, index, +1);
        return !before.isEmpty() && all.contains(tail(before) + k) || !after.isEmpty() && all.contains(k + head(after));
    }

    /** Most of the line's 8-character pieces are in the clean text: the line is there with a few edits. */
    private boolean mostlyThere(String k) {
        int present = 0;
        int total = 0;
        for (int i = 0; i + GRAM <= k.length(); i += GRAM / 2) {
            total++;
            if (all.contains(k.substring(i, i + GRAM))) {
                present++;
            }
        }
        return total > 0 && present * 10 >= total * 7;
    }

    private static String neighbour(List<String> lines, int index, int step) {
        for (int i = index + step; i >= 0 && i < lines.size(); i += step) {
            String k = key(lines.get(i));
            if (!k.isEmpty()) {
                return k;
            }
        }
        return "";
    }

    private static String tail(String k) {
        return k.substring(Math.max(0, k.length() - CONTEXT));
    }

    private static String head(String k) {
        return k.substring(0, Math.min(CONTEXT, k.length()));
    }

    /** The input's lines, as a plain-text reader sees them. */
    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\r?\n", -1)));
    }
}
