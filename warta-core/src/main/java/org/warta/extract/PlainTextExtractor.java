package org.warta.extract;

import java.util.ArrayList;
import java.util.List;
import org.warta.model.Block;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;

/**
 * Splits plain text into blocks. Each line is a block, except in hard-wrapped text (paragraphs separated by blank
 * lines, with lines broken mid-sentence), where the lines of a paragraph are joined back together.
 */
public final class PlainTextExtractor implements Extractor {
    @Override
    public Extraction extract(RawDocument raw) {
        List<String> lines = raw.content().lines().map(PlainTextExtractor::tidy).toList();
        boolean hardWrapped = isHardWrapped(lines);
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(current, blocks);
                continue;
            }
            if (current.length() > 0 && !(hardWrapped && continues(current, line))) {
                flush(current, blocks);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line);
        }
        flush(current, blocks);
        return new Extraction(blocks, List.of(), Metadata.EMPTY, List.of());
    }

    /** Strips the line and drops control characters that have no place in text (keeping tabs as spaces). */
    static String tidy(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                b.append(' ');
            } else if (c == '\uFEFF' || c == '\u200B' || (Character.isISOControl(c) && c != '\n')) {
                continue;
            } else {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    private static void flush(StringBuilder current, List<Block> blocks) {
        if (current.length() > 0) {
            blocks.add(Block.paragraph(current.toString()));
            current.setLength(0);
        }
    }

    /** A line continues the paragraph when the previous line stops mid-sentence and this one starts in lower case. */
    private static boolean continues(StringBuilder previous, String line) {
        char last = previous.charAt(previous.length() - 1);
        int first = line.codePointAt(0);
        return ".!?:\"”»。！？|".indexOf(last) < 0 && !Character.isUpperCase(first) && !Character.isDigit(first);
    }

    /** Hard-wrapped text has blank-line paragraph breaks and most of its lines end mid-sentence. */
    static boolean isHardWrapped(List<String> lines) {
        int blank = 0;
        int open = 0;
        int filled = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                blank++;
                continue;
            }
            filled++;
            char last = line.charAt(line.length() - 1);
            if (Character.isLetterOrDigit(last) || last == ',') {
                open++;
            }
        }
        return blank > 0 && filled >= 4 && open * 2 > filled;
    }
}
