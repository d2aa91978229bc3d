package org.warta.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.warta.lang.LanguageProfile;
import org.warta.pipeline.Deadline;

/**
 * Sentence boundaries from ICU, per language, with ICU's abbreviation suppressions where it has them; no sentence
 * ends after an abbreviation the language's manifest declares ({@code abbreviation}: Thai "มี.ค.", "พ.ศ.").
 */
public final class Sentences {
    /**
     * The longest stretch taken as one sentence. A longer one is text that lost its full stops (or no text at
     * all); it is cut at spaces into pieces no longer than this, so that what is done per sentence stays bounded.
     */
    public static final int MAX_CHARS = 8_000;
    private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();

    private Sentences() {
    }

    /** Sentence spans [start, end) inside {@code text}, whitespace trimmed, in order. */
    public static List<int[]> split(String text, String language) {
        String code = language == null ? "und" : language;
        BreakIterator prototype = PROTOTYPES.get(code);
        if (prototype == null) {
            prototype = Deadline.unclocked(() -> PROTOTYPES.computeIfAbsent(code, Sentences::create));
        }
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(text);
        List<String> abbreviations = LanguageProfile.of(code).abbreviations();
        List<int[]> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            while (end < text.length() && !abbreviations.isEmpty() && afterAbbreviation(text, end, abbreviations)) {
                end = it.next();
            }
            int[] span = trim(text, start, end);
            while (span[1] - span[0] > MAX_CHARS) {
                int cut = cut(text, span[0], span[0] + MAX_CHARS);
                int[] piece = trim(text, span[0], cut);
                if (piece[1] > piece[0]) {
                    out.add(piece);
                }
                span = trim(text, cut, span[1]);
            }
            if (span[1] > span[0]) {
                out.add(span);
            }
        }
        return out;
    }

    /**
     * Where to end a piece of an overlong sentence that may reach {@code limit}: after the last space in its second
     * half, else at the limit itself (never between the two halves of a surrogate pair).
     */
    private static int cut(String text, int start, int limit) {
        for (int i = limit; i > start + (limit - start) / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    public static String first(String text) {
        List<int[]> spans = split(text, null);
        return spans.isEmpty() ? text : text.substring(spans.get(0)[0], spans.get(0)[1]);
    }

    private static BreakIterator create(String language) {
        ULocale locale = "und".equals(language) ? ULocale.ROOT : new ULocale(language + "@ss=standard");
        return BreakIterator.getSentenceInstance(locale);
    }

    /**
     * True when a break falls after or inside one of the abbreviations, standing as a word of its own: ICU breaks
     * inside "มี.ค." as well as after it, and its own filter cannot suppress the break after an abbreviation with a
     * full stop inside.
     */
    private static boolean afterAbbreviation(String text, int end, List<String> abbreviations) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        for (String a : abbreviations) {
            for (int s = Math.max(0, e - a.length()); s < e; s++) {
                if (text.startsWith(a, s) && (s == 0 || !Character.isLetterOrDigit(text.codePointBefore(s)))) {
                    return true;
                }
            }
        }
        return false;
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
