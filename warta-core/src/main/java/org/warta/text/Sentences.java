package org.warta.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Sentence boundaries from ICU, per language, with ICU's abbreviation suppressions where it has them. */
public final class Sentences {
    private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();

    private Sentences() {
    }

    /** Sentence spans [start, end) inside {@code text}, whitespace trimmed, in order. */
    public static List<int[]> split(String text, String language) {
        BreakIterator it = (BreakIterator) PROTOTYPES.computeIfAbsent(language == null ? "und" : language,
                Sentences::create).clone();
        it.setText(text);
        List<int[]> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int[] span = trim(text, start, end);
            if (span[1] > span[0]) {
                out.add(span);
            }
        }
        return out;
    }

    public static String first(String text) {
        List<int[]> spans = split(text, null);
        return spans.isEmpty() ? text : text.substring(spans.get(0)[0], spans.get(0)[1]);
    }

    private static BreakIterator create(String language) {
        ULocale locale = "und".equals(language) ? ULocale.ROOT : new ULocale(language + "@ss=standard");
        return BreakIterator.getSentenceInstance(locale);
    }

    /** The span [start, end) of {@code text} without the whitespace at its ends. */
    public static int[] trim(CharSequence text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }
}
