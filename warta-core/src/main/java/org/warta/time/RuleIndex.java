package org.warta.time;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which rules can start where: for every rule, the words (by their first three letters), digits or punctuation it can
 * begin with. Tagging looks up each word of the text and tries only the few rules that can start there, so no rule
 * ever scans the text and the cost grows with the number of words, not with rules times text.
 */
final class RuleIndex {
    private static final String DIGIT_KEY = "#";
    private static final int KEY_LENGTH = 3;
    private static final String PUNCTUATION_STARTS = "'\u2019\u2018(\"\u00AB-\u2013~.";
    private static final Pattern LETTER_RUN = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*+");
    /** What may follow a word when it is offered to a rule alone. */
    private static final List<String> WORD_ENDS = List.of(" ", "'", "\u2019", "-", ".", ",", ")", "/");

    /**
     * The characters whose lower case, as {@link String#toLowerCase(Locale)} spells it, is not the one character
     * {@link Character#toLowerCase(char)} gives: 'İ' becomes two, and 'Σ' depends on the letter before it; and every
     * surrogate. A word with one of them in its key is looked up by its key as a string.
     */
    private static final BitSet IRREGULAR = irregular();

    private final boolean spaced;
    private final Map<String, long[]> index = new HashMap<>();
    /** The same keys, those of three characters or fewer, for lookups that allocate nothing. */
    private final PackedKeys packed;

    /**
     * Offers every candidate first word (of any word class, or spelled out in any pattern) to each rule alone; the
     * rule can start there if it matches or wants more input.
     *
     * @throws IllegalArgumentException naming the file and line of a rule that could start with any word
     */
    RuleIndex(boolean spaced, Map<String, WordClass> classes, List<TimeRule> rules) {
        this.spaced = spaced;
        Set<String> vocabulary = new LinkedHashSet<>();
        // words that may run straight on into more letters: compound stems ("Dienstag|abend"), roman digits ("XVIe")
        Set<String> prefixes = new LinkedHashSet<>(List.of("I", "V", "X", "L", "C"));
        for (WordClass c : classes.values()) {
            for (String start : c.starts(spaced)) {
                Set<String> target = c.name().endsWith("stem") ? prefixes : vocabulary;
                target.add(start);
                target.add(start.toLowerCase(Locale.ROOT));
            }
        }
        for (TimeRule rule : rules) {
            addLiteralWords(rule.written(), vocabulary);
        }
        prefixes.add("1");
        for (char c : PUNCTUATION_STARTS.toCharArray()) {
            prefixes.add(String.valueOf(c));
        }
        int words = (rules.size() + 63) / 64;
        for (TimeRule rule : rules) {
            // one matcher per rule, reset for each word: thousands of words are offered to each rule
            Matcher start = Pattern.compile(withoutLeadingLookbehind(rule.pattern().pattern()), rule.pattern().flags())
                    .matcher("");
            if (canStart(start, "qxqjz")) {
                throw new IllegalArgumentException(rule.where() + ": the rule can start with any word; "
                        + "begin it with a word class, a literal word or a digit");
            }
            // one look at each first character rules out most words before any whole word is tried
            Map<Integer, Boolean> firstChars = new HashMap<>();
            for (String v : vocabulary) {
                int first = v.codePointAt(0);
                if (!firstChars.computeIfAbsent(first, c -> canStart(start, new String(Character.toChars(c))))) {
                    continue;
                }
                if (canStartWith(start, v)) {
                    mark(v, rule, words);
                }
            }
            for (String v : prefixes) {
                if (canStart(start, v)) {
                    mark(v, rule, words);
                }
            }
        }
        this.packed = PackedKeys.of(index);
    }

    private static BitSet irregular() {
        BitSet irregular = new BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String lower = String.valueOf((char) c).toLowerCase(Locale.ROOT);
            if (Character.isSurrogate((char) c) || c == '\u03A3'
                    || lower.length() != 1 || lower.charAt(0) != Character.toLowerCase((char) c)) {
                irregular.set(c);
            }
        }
        return irregular;
    }

    /**
     * Rules that can start at {@code pos}, as a bit set over rule order (not to be changed); null when none can. Tried
     * at every word of every text, so the keys are read straight off the text into {@link #packed} with nothing
     * allocated; a character whose lower case a string's lower-casing spells otherwise goes the way of strings.
     */
    long[] candidates(String text, int pos, int end) {
        char c = text.charAt(pos);
        if (Character.isDigit(c)) {
            return packed.get(PackedKeys.of(DIGIT_KEY.charAt(0)));
        }
        if (!Character.isLetter(c)) {
            return packed.get(PackedKeys.of(c));
        }
        if (IRREGULAR.get(c)) {
            return byString(text, pos, end);
        }
        long key = PackedKeys.of(lower(c));
        if (!spaced) {
            return packed.get(key);
        }
        long[] merged = packed.get(key);
        for (int e = pos + 1; e < end && e - pos < KEY_LENGTH && isWordPart(text.charAt(e)); e++) {
            char next = text.charAt(e);
            if (IRREGULAR.get(next)) {
                return byString(text, pos, end);
            }
            key = PackedKeys.append(key, lower(next));
            merged = or(merged, packed.get(key));
        }
        return merged;
    }

    /** {@link Character#toLowerCase(char)}, with no table looked up for ASCII. */
    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    /** The rules of either set; one of them itself where the other is null, a new array where both hold rules. */
    private static long[] or(long[] a, long[] b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        long[] merged = a.clone();
        for (int i = 0; i < b.length; i++) {
            merged[i] |= b[i];
        }
        return merged;
    }

    /** {@link #candidates} by the keys as strings: the way for every text, slower, kept for the few odd letters. */
    long[] byString(String text, int pos, int end) {
        String key = key(text, pos, end);
        if (!spaced || !Character.isLetter(text.charAt(pos))) {
            return index.get(key);
        }
        long[] merged = null;
        for (int len = 1; len <= key.length(); len++) {
            merged = or(merged, index.get(len == key.length() ? key : key.substring(0, len)));
        }
        return merged;
    }

    /** The words a pattern spells out, once its slots, classes and group syntax are taken away. */
    private void addLiteralWords(String pattern, Set<String> vocabulary) {
        String literal = TimeRuleCompiler.PLACEHOLDER.matcher(pattern).replaceAll(" ")
                .replaceAll("\\\\[pP]\\{[^}]*\\}", " ").replaceAll("\\\\[a-zA-Z]", " ")
                .replaceAll("\\(\\?<?[a-zA-Z]*", " ");
        Matcher m = LETTER_RUN.matcher(literal);
        while (m.find()) {
            String w = m.group();
            if (spaced) {
                vocabulary.add(w);
            } else {
                w.codePoints().forEach(cp -> vocabulary.add(new String(Character.toChars(cp))));
            }
        }
    }

    private void mark(String start, TimeRule rule, int words) {
        long[] bits = index.computeIfAbsent(key(start, 0, start.length()), k -> new long[words]);
        bits[rule.order() / 64] |= 1L << (rule.order() % 64);
    }

    /**
     * Whether a rule can open with the word {@code v}. A word is followed by something that is not a letter; were it
     * offered bare, "t" would seem to start "tháng 4" and every word beginning with t would try the rule.
     */
    private boolean canStartWith(Matcher p, String v) {
        if (!spaced || !Character.isLetter(v.charAt(0))) {
            return canStart(p, v);
        }
        // a rule that fails on the word alone without reading to its end fails the same way whatever follows it
        if (!canStart(p, v)) {
            return false;
        }
        for (String after : WORD_ENDS) {
            if (canStart(p, v + after)) {
                return true;
            }
        }
        return false;
    }

    private static boolean canStart(Matcher m, String input) {
        m.reset(input);
        return m.lookingAt() || m.hitEnd();
    }

    /** A rule may open with a lookbehind on the text before it; a lone word has no such text, so it is set aside. */
    static String withoutLeadingLookbehind(String regex) {
        String r = regex.startsWith("(?:") ? regex.substring(3) : regex;
        if (!r.startsWith("(?<=") && !r.startsWith("(?<!")) {
            return regex;
        }
        int depth = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return (regex.startsWith("(?:") ? "(?:" : "") + r.substring(i + 1);
            }
        }
        return regex;
    }

    /** A digit, a letter or a mark: a part of a word or a number, told with one look at the character's type. */
    static boolean isWordOrDigit(char c) {
        int type = Character.getType(c);
        return type >= Character.UPPERCASE_LETTER && type <= Character.DECIMAL_DIGIT_NUMBER;
    }

    /**
     * A letter or a mark: the vowel signs of Devanagari (पिछले) or Bengali are marks inside a word, not its end.
     */
    static boolean isWordPart(char c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The index key of the text at {@code pos}: "#" for a digit, the word's first letters, or the character. */
    private String key(CharSequence text, int pos, int end) {
        char c = text.charAt(pos);
        if (Character.isDigit(c)) {
            return DIGIT_KEY;
        }
        if (!Character.isLetter(c)) {
            return String.valueOf(c);
        }
        if (!spaced) {
            int cp = Character.codePointAt(text, pos);
            return new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
        }
        int e = pos;
        while (e < end && e - pos < KEY_LENGTH && isWordPart(text.charAt(e))) {
            e++;
        }
        return text.subSequence(pos, e).toString().toLowerCase(Locale.ROOT);
    }
}
