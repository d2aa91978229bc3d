package org.warta.time;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Narrows the rules the index offers at a position down to those that can still match there, judged from a short
 * window of text: the character before the position, the word there (or the one after it too) and one character
 * more. A rule tried on the window alone that neither matches nor reads past its end would fail the same way on the
 * whole text, since it saw exactly what it would see there; only such rules are set aside, so the matches found are
 * the same as without the screen. The verdicts depend on the window's text only, so each thread remembers them for
 * the words it has seen: a word seen before costs one table lookup and no regular expression at all, and a word the
 * index offers no rule (most words) costs no table lookup either.
 *
 * <p>The window is one word first; when some rules are still open (they want to read on, as "the" does for "the
 * third quarter"), it is widened to the next word for those.
 */
final class StartScreen {
    /** Lookbehinds that read one character only: a window that starts one character early serves them exactly. */
    private static final List<String> SHORT_LOOKBEHINDS = List.of("(?<![\\p{L}\\p{N}])", "(?<![\\p{L}])",
            "(?<![\\p{Nd}.,])", "(?<![\\p{Nd}.])", "(?<!\\p{Nd})");
    private static final Pattern LOOKBEHIND = Pattern.compile("\\(\\?<[=!]");
    /** Windows remembered per thread and language: the words of many articles, a few megabytes at most. */
    private static final int REMEMBERED = 1 << 16;
    private static final long[] NONE = new long[0];
    private static final int WIDE = 2;
    /** Distinct verdicts a thread shares among its windows before it starts afresh; a text has far fewer. */
    private static final int VERDICTS = 1 << 12;

    private final boolean spaced;
    private final List<TimeRule> rules;
    private final RuleIndex index;
    /** Rules the window cannot judge (a lookbehind that reads farther back), always kept. */
    private final long[] unscreened;

    StartScreen(boolean spaced, List<TimeRule> rules, RuleIndex index) {
        this.spaced = spaced;
        this.rules = rules;
        this.index = index;
        this.unscreened = new long[(rules.size() + 63) / 64];
        for (TimeRule rule : rules) {
            if (!screenable(rule.pattern().pattern())) {
                unscreened[rule.order() / 64] |= 1L << (rule.order() % 64);
            }
        }
    }

    /** A new thread's memory of verdicts, with its matchers over window text. */
    State state() {
        return new State(rules.size());
    }

    /** A thread's remembered verdicts and its matchers over window text; each thread keeps its own. */
    static final class State {
        final WindowTable<long[]> verdicts = new WindowTable<>(REMEMBERED);
        final Matcher[] matchers;
        /**
         * One array for each distinct verdict: many windows share a few verdicts, so the verdict a lookup finds is
         * one the processor's cache already holds rather than one more object to fetch from memory.
         */
        final Map<Verdict, long[]> shared = new HashMap<>();

        State(int rules) {
            matchers = new Matcher[rules];
        }
    }

    /** Whether a rule's lookbehinds all read one character only. */
    static boolean screenable(String regex) {
        Matcher m = LOOKBEHIND.matcher(regex);
        while (m.find()) {
            int at = m.start();
            if (SHORT_LOOKBEHINDS.stream().noneMatch(l -> regex.startsWith(l, at))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The rules, as a bit set over rule order, that may match at {@code pos} (the index's candidates less those the
     * window rules out); null when none can. The match may run to {@code limit}; the sentence ends at {@code end}.
     */
    long[] candidates(State state, String text, int pos, int end, int limit) {
        // most words start no rule: the index, small and read without allocating, says so before any table is read
        long[] offered = index.candidates(text, pos, end);
        if (offered == null) {
            return null;
        }
        int word = tokenEnd(text, pos, limit);
        if (!judgeable(text, pos, word, end)) {
            return offered;
        }
        int from = pos > 0 ? pos - 1 : pos;
        int tag = pos > 0 ? 1 : 0;
        int narrow = windowEnd(text, word, limit);
        long[] open = state.verdicts.get(text, from, narrow, tag);
        if (open == null) {
            open = judge(state, offered, text.substring(from, narrow), pos - from);
            state.verdicts.put(text, from, narrow, tag, open);
        }
        if (open == NONE) {
            return null;
        }
        int next = word;
        while (next < limit && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= limit || narrow >= limit) {
            return open;
        }
        int wide = windowEnd(text, tokenEnd(text, next, limit), limit);
        long[] still = state.verdicts.get(text, from, wide, tag | WIDE);
        if (still == null) {
            still = judge(state, open, text.substring(from, wide), pos - from);
            state.verdicts.put(text, from, wide, tag | WIDE, still);
        }
        return still == NONE ? null : still;
    }

    /**
     * Whether the window can judge the position. Not when the character before is a mark or half of a surrogate pair
     * (what a rule reads before the position then starts farther back), nor when the word runs past the sentence's
     * end (the index would then see less of it).
     */
    private static boolean judgeable(String text, int pos, int word, int end) {
        if (word > end || Character.isHighSurrogate(text.charAt(word - 1))) {
            return false;
        }
        if (pos == 0) {
            return true;
        }
        char before = text.charAt(pos - 1);
        int type = Character.getType(before);
        return !Character.isSurrogate(before) && type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK;
    }

    /** The rules of {@code offered} that match the window or read past its end, or {@link #NONE}. */
    private long[] judge(State state, long[] offered, String window, int start) {
        long[] open = null;
        for (int w = 0; w < offered.length; w++) {
            long bits = offered[w];
            while (bits != 0) {
                int i = w * 64 + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                long bit = 1L << (i % 64);
                if ((unscreened[w] & bit) != 0 || mayMatch(state, i, window, start)) {
                    if (open == null) {
                        open = new long[offered.length];
                    }
                    open[w] |= bit;
                }
            }
        }
        if (open == null) {
            return NONE;
        }
        if (state.shared.size() >= VERDICTS) {
            state.shared.clear();
        }
        return state.shared.computeIfAbsent(new Verdict(open), v -> v.rules);
    }

    private boolean mayMatch(State state, int rule, String window, int start) {
        Matcher m = state.matchers[rule];
        if (m == null) {
            m = rules.get(rule).pattern().matcher(window);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            state.matchers[rule] = m;
        } else {
            m.reset(window);
        }
        m.region(start, window.length());
        return m.lookingAt() || m.hitEnd();
    }

    /** The end of the word, number or single character at {@code pos}. */
    private int tokenEnd(String text, int pos, int limit) {
        char c = text.charAt(pos);
        int p = pos;
        if (Character.isDigit(c)) {
            while (p < limit && Character.isDigit(text.charAt(p))) {
                p++;
            }
            return p;
        }
        if (spaced && RuleIndex.isWordPart(c)) {
            while (p < limit && RuleIndex.isWordPart(text.charAt(p))) {
                p++;
            }
            return p;
        }
        return Math.min(limit, p + Character.charCount(text.codePointAt(p)));
    }

    /** One character past {@code token}, a whole surrogate pair, within {@code limit}. */
    private static int windowEnd(String text, int token, int limit) {
        if (token >= limit) {
            return limit;
        }
        int e = token + 1;
        if (e < limit && Character.isHighSurrogate(text.charAt(e - 1))) {
            e++;
        }
        return e;
    }

    /** A verdict as a map key, equal by the rules it holds. */
    private record Verdict(long[] rules) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Verdict v && Arrays.equals(rules, v.rules);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(rules);
        }
    }
}
