package org.warta.clean;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.warta.token.Scripts;

/**
 * What the boilerplate model sees of a line, in any language: its length, shape and punctuation, its stopwords
 * (of any of Lucene's lists), where it stands in the article, whether it recurs or repeats the title, and the same
 * measures of the lines before and after it. Every feature is a number; the model bins them.
 */
public final class LineFeatures {
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S|\\b[\\w-]++\\.(?:com|org|net|co|io)\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]++@[\\w-]++\\.[\\w.]++");
    private static final Pattern HASHTAG = Pattern.compile("(?:^|\\s)#\\p{L}");
    private static final Pattern HANDLE = Pattern.compile("(?:^|[\\s(/])@\\w");
    private static final Pattern IP = Pattern.compile("\\b\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\b");
    private static final Pattern SEPARATOR = Pattern.compile("\\s[>|»›/•·]\\s|\\s[-–—]\\s*+$|^\\s*[>|»›•·*-]");
    /** Every match of {@code SEPARATOR} holds one of these: a line without them is not searched. */
    private static final String SEPARATOR_CHARS = ">|»›/•·-–—*";
    private static final Pattern DATE_OR_CLOCK = Pattern.compile(
            "\\d{1,4}\\s?[./-]\\s?\\d{1,2}\\s?[./-]\\s?\\d{1,4}|\\b\\d{1,2}:\\d{2}\\b");

    /** A line this long (stripped) is prose, whatever else it shows. */
    private static final int PROSE_LENGTH = 160;
    /** Lines longer than this are measured by their counts only. */
    static final int DETAILED = 300;
    /** ICU's word iterator is costly to build and not thread-safe: one per thread. */
    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

    /** The measures of one line alone. */
    static final String[] OWN = {"chars", "words", "punct", "digits", "upper", "sentence-end", "url", "email",
        "hashtag", "handle", "ip", "separators", "words-per-sentence", "stop-any", "stop-best", "title-case",
        "unspaced", "date-or-clock", "starts-with-symbol", "ends-with-colon", "empty"};
    /** The measures of a line among the others. */
    static final String[] PLACE = {"relative-position", "first", "last", "from-start", "from-end", "recurs",
        "title-equal", "in-title", "share-of-article", "prose-around", "prose-before", "prose-after", "inside-prose",
        "chars-around"};
    public static final List<String> NAMES = names();

    private LineFeatures() {
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String n : OWN) {
            names.add(n);
        }
        for (String n : PLACE) {
            names.add(n);
        }
        for (String n : OWN) {
            names.add("previous-" + n);
        }
        for (String n : OWN) {
            names.add("next-" + n);
        }
        return List.copyOf(names);
    }

    /**
     * The features of every line of an article.
     *
     * @param lines the article's lines (blocks) in order
     * @param title the article's title where one is known, or null
     */
    public static double[][] of(List<String> lines, String title) {
        return of(lines, title, i -> true);
    }

    /**
     * The features of the lines {@code wanted} asks for, the same as {@link #of(List, String)} gives them; the other
     * rows are null. A line of prose by its length alone that is neither wanted nor next to a wanted line is not
     * measured: the wanted lines see only its length, and its letters where they may make a wanted line recur.
     */
    static double[][] of(List<String> lines, String title, IntPredicate wanted) {
        int n = lines.size();
        boolean[] want = new boolean[n];
        for (int i = 0; i < n; i++) {
            want[i] = wanted.test(i);
        }
        double[][] own = new double[n][];
        boolean[] prose = new boolean[n];
        Map<String, Integer> counts = new HashMap<>();
        Set<Integer> wantedKeyLengths = new HashSet<>();
        String[] keys = new String[n];
        int longestKey = 0;
        long total = 0;
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            total += line.length();
            if (longProse(line) && !want[i] && (i == 0 || !want[i - 1]) && (i + 1 == n || !want[i + 1])) {
                own[i] = new double[OWN.length];
                own[i][0] = Math.log1p(line.strip().length());
                prose[i] = true;
                continue;
            }
            own[i] = own(line);
            prose[i] = isProse(own[i]);
            if (want[i]) {
                keys[i] = key(line);
                counts.merge(keys[i], 1, Integer::sum);
                wantedKeyLengths.add(keys[i].length());
                longestKey = Math.max(longestKey, keys[i].length());
            }
        }
        for (int i = 0; i < n; i++) {
            // a line not wanted counts only where its letters are as many as a wanted line's
            if (!want[i] && wantedKeyLengths.contains(keyLength(lines.get(i), longestKey))) {
                counts.merge(key(lines.get(i)), 1, Integer::sum);
            }
        }
        String t = title == null ? "" : key(title);
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (prose[i]) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        int[] before = distances(prose, true);
        int[] after = distances(prose, false);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            if (!want[i]) {
                continue;
            }
            double[] f = new double[NAMES.size()];
            System.arraycopy(own[i], 0, f, 0, OWN.length);
            String k = keys[i];
            int at = OWN.length;
            f[at] = n <= 1 ? 0 : (double) i / (n - 1);
            f[at + 1] = i == 0 ? 1 : 0;
            f[at + 2] = i == n - 1 ? 1 : 0;
            f[at + 3] = Math.log1p(i);
            f[at + 4] = Math.log1p(n - 1 - i);
            f[at + 5] = k.isEmpty() ? 0 : counts.get(k) - 1;
            f[at + 6] = !k.isEmpty() && k.equals(t) ? 1 : 0;
            f[at + 7] = k.length() >= 3 && !k.equals(t) && t.contains(k) ? 1 : 0;
            f[at + 8] = total == 0 ? 0 : (double) lines.get(i).length() / total;
            f[at + 9] = around(prose, own, i, -1);
            f[at + 10] = Math.log1p(Math.min(before[i], 50));
            f[at + 11] = Math.log1p(Math.min(after[i], 50));
            f[at + 12] = first >= 0 && i > first && i < last ? 1 : 0;
            f[at + 13] = around(prose, own, i, 0);
            at += PLACE.length;
            copyNeighbour(own, i - 1, f, at);
            copyNeighbour(own, i + 1, f, at + OWN.length);
            out[i] = f;
        }
        return out;
    }

    /** Whether the line is the article's title (the same letters and digits), from its features. */
    static boolean isTitle(double[] features) {
        return features[OWN.length + 6] == 1;
    }

    /** A paragraph of prose: a dozen words or more that end a sentence, twenty words, or a long line. */
    static boolean isProse(double[] own) {
        return own[1] >= Math.log1p(12) && own[5] == 1 || own[1] >= Math.log1p(20) || own[0] >= Math.log1p(PROSE_LENGTH);
    }

    /** Within three lines either side: the share of prose lines ({@code column < 0}), or the mean of a feature. */
    private static double around(boolean[] prose, double[][] own, int i, int column) {
        double sum = 0;
        int count = 0;
        for (int j = Math.max(0, i - 3); j <= Math.min(prose.length - 1, i + 3); j++) {
            if (j != i) {
                sum += column < 0 ? (prose[j] ? 1 : 0) : own[j][column];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** Per line, how many lines back (or ahead) the nearest prose line is; a large number where there is none. */
    private static int[] distances(boolean[] prose, boolean back) {
        int n = prose.length;
        int[] d = new int[n];
        int lastSeen = -1;
        for (int k = 0; k < n; k++) {
            int i = back ? k : n - 1 - k;
            d[i] = lastSeen < 0 ? 1000 : Math.abs(i - lastSeen);
            if (prose[i]) {
                lastSeen = i;
            }
        }
        return d;
    }

    private static void copyNeighbour(double[][] own, int j, double[] f, int at) {
        if (j < 0 || j >= own.length) {
            f[at + OWN.length - 1] = 1; // "empty": no line there
            return;
        }
        System.arraycopy(own[j], 0, f, at, OWN.length);
    }

    /** Whether a line is prose by its length alone, whatever its other measures ({@link #isProse}). */
    private static boolean longProse(String line) {
        return line.length() >= PROSE_LENGTH && line.strip().length() >= PROSE_LENGTH;
    }

    /** The length of a line's {@link #key} without making it, or more than {@code limit} once it is longer. */
    private static int keyLength(String line, int limit) {
        int n = 0;
        for (int i = 0; i < line.length() && n <= limit; ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                n += Character.charCount(Character.toLowerCase(c));
            }
        }
        return n;
    }

    /** A line as compared for recurrence: case, spacing and punctuation left out. */
    static String key(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                int lower = Character.toLowerCase(c);
                if (lower < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
                    b.append((char) lower);
                } else {
                    b.appendCodePoint(lower);
                }
            }
        }
        return b.toString();
    }

    static double[] own(String line) {
        String s = line.strip();
        double[] f = new double[OWN.length];
        int letters = 0;
        int upper = 0;
        int digits = 0;
        int punct = 0;
        int unspaced = 0;
        int visible = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            // one look-up of the character's type: a letter of type Lu is upper case (no letter has
            // Other_Uppercase), and a space character is one of the three separator types
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                continue;
            }
            visible++;
            if (isLetterType(type)) {
                letters++;
                if (type == Character.UPPERCASE_LETTER) {
                    upper++;
                }
                if (Scripts.unspaced(c)) {
                    unspaced++;
                }
            } else if (type == Character.DECIMAL_DIGIT_NUMBER) {
                digits++;
            } else if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
                punct++;
            }
        }
        // a long line is prose whatever its shape: only its counts are measured, so a stage's work stays small
        boolean detailed = s.length() <= DETAILED;
        List<String> words = detailed ? words(s, unspaced > 0) : List.of();
        Stopwords stopwords = Stopwords.defaults();
        int stopAny = 0;
        int titleCase = 0;
        int cased = 0;
        int[] perList = new int[Math.max(1, stopwords.listCount())];
        for (String w : words) {
            long bits = stopwords.lists(w);
            if (bits != 0) {
                stopAny++;
                for (long rest = bits; rest != 0; rest &= rest - 1) {
                    perList[Long.numberOfTrailingZeros(rest)]++;
                }
            }
            int first = w.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isLowerCase(first)) {
                cased++;
                if (Character.isUpperCase(first)) {
                    titleCase++;
                }
            }
        }
        int best = 0;
        for (int c : perList) {
            best = Math.max(best, c);
        }
        int sentences = Math.max(1, sentenceEnds(s));
        int nw = detailed ? words.size() : wordCount(s);
        f[0] = Math.log1p(s.length());
        f[1] = Math.log1p(nw);
        f[2] = share(punct, visible);
        f[3] = share(digits, visible);
        f[4] = share(upper, letters);
        f[5] = endsSentence(s) ? 1 : 0;
        f[6] = detailed && mayHoldUrl(s) && URL.matcher(s).find() ? 1 : 0;
        f[7] = detailed && s.indexOf('@') >= 0 && EMAIL.matcher(s).find() ? 1 : 0;
        f[8] = detailed && s.indexOf('#') >= 0 && HASHTAG.matcher(s).find() ? 1 : 0;
        f[9] = detailed && s.indexOf('@') >= 0 && HANDLE.matcher(s).find() ? 1 : 0;
        f[10] = detailed && digits >= 4 && numberDots(s) >= 3 && IP.matcher(s).find() ? 1 : 0;
        f[11] = detailed && hasAny(s, SEPARATOR_CHARS) ? Math.min(5, count(SEPARATOR, s)) : 0;
        f[12] = Math.log1p((double) nw / sentences);
        f[13] = share(stopAny, nw);
        f[14] = share(best, nw);
        f[15] = share(titleCase, cased);
        f[16] = share(unspaced, letters);
        f[17] = detailed && digits >= 3 && mayHoldDateOrClock(s) && DATE_OR_CLOCK.matcher(s).find() ? 1 : 0;
        f[18] = !s.isEmpty() && !Character.isLetterOrDigit(s.codePointAt(0)) ? 1 : 0;
        f[19] = s.endsWith(":") || s.endsWith("：") ? 1 : 0;
        f[20] = 0;
        return f;
    }

    /**
     * Whether a line holds what every match of {@code URL} holds: "://", "www." or a full stop before one of the
     * endings it knows (any case). Most lines hold a full stop, few hold these; the others are not searched.
     */
    static boolean mayHoldUrl(String s) {
        if (s.contains("://")) {
            return true;
        }
        for (int i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
            if (i >= 3 && s.regionMatches(true, i - 3, "www", 0, 3) || s.regionMatches(true, i + 1, "co", 0, 2)
                    || s.regionMatches(true, i + 1, "org", 0, 3) || s.regionMatches(true, i + 1, "net", 0, 3)
                    || s.regionMatches(true, i + 1, "io", 0, 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line holds what every match of {@code DATE_OR_CLOCK} holds: an ASCII digit followed by one of
     * {@code . / - :}, or by a space and one of {@code . / -}.
     */
    static boolean mayHoldDateOrClock(String s) {
        int n = s.length();
        for (int i = 0; i + 1 < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            char next = s.charAt(i + 1);
            if (next == '.' || next == '/' || next == '-' || next == ':') {
                return true;
            }
            if (i + 2 < n && isRegexSpace(next) && "./-".indexOf(s.charAt(i + 2)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A character of the class {@code \s} of a regular expression without Unicode classes. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** How many full stops stand between two ASCII digits, up to 3: an IP address has 3. */
    private static int numberDots(String s) {
        int n = 0;
        for (int i = s.indexOf('.'); i >= 0 && n < 3; i = s.indexOf('.', i + 1)) {
            if (i > 0 && i + 1 < s.length() && isAsciiDigit(s.charAt(i - 1)) && isAsciiDigit(s.charAt(i + 1))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterType(int type) {
        return type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                || type == Character.TITLECASE_LETTER || type == Character.MODIFIER_LETTER
                || type == Character.OTHER_LETTER;
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        var m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Whether the line ends with a full stop, question or exclamation mark, closing quotes and brackets aside. */
    static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || "\"'”’»)）」』".indexOf(s.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && ".!?。！？।؟۔…".indexOf(s.charAt(i)) >= 0;
    }

    private static int sentenceEnds(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '।' || c == '؟')
                    && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)) || c > 0x7F)) {
                n++;
            }
        }
        return n;
    }

    private static boolean inWord(char c, boolean started) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' && started;
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** How many words {@link #words} finds in a line of a spaced script, without cutting them out. */
    static int wordCount(String s) {
        int n = 0;
        boolean started = false;
        for (int i = 0; i < s.length(); i++) {
            boolean inWord = inWord(s.charAt(i), started);
            if (inWord && !started) {
                n++;
            }
            started = inWord;
        }
        return n;
    }

    /** The words of a line: runs of letters and digits, or ICU's dictionary words where a script has no spaces. */
    static List<String> words(String s, boolean unspaced) {
        List<String> words = new ArrayList<>();
        if (unspaced) {
            BreakIterator it = WORDS.get();
            it.setText(s);
            int start = it.first();
            for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
                    words.add(s.substring(start, end));
                }
            }
            return words;
        }
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean inWord = i < s.length() && inWord(s.charAt(i), start >= 0);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(s.substring(start, i));
                start = -1;
            }
        }
        return words;
    }
}
