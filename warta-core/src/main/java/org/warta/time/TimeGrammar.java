package org.warta.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.lang.LanguageData;
import org.warta.lang.LanguageProfile;

/**
 * One language's time rules, compiled: the word classes (CLDR names plus the language's own words), the rules of
 * {@code <lang>/time.tsv} followed by the language-neutral ones of {@code common/time.tsv}, and a dispatch index.
 *
 * <p>The index is why tagging is cheap: for every rule it records which words (by their first three letters),
 * digits or punctuation the rule can begin with. Tagging walks the text word by word, looks each word up, and tries
 * only the few rules that can start there, anchored at that word. No rule ever scans the text, so the cost grows
 * with the number of words, not with the number of rules times the length of the text.
 */
final class TimeGrammar {
    static final String FILE = "time.tsv";
    private static final String DIGIT_KEY = "#";
    private static final int KEY_LENGTH = 3;
    private static final String PUNCTUATION_STARTS = "'\u2019\u2018(\"\u00AB-\u2013~.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+?)(\\d*)\\}");
    private static final Pattern LETTER_RUN = Pattern.compile("\\p{L}+");
    private static final String SP = WordClass.SPACE;
    private static final String NOT_DIGIT_AFTER = "(?!\\p{Nd})";
    private static final String DIGITS = "\\p{Nd}+(?:[.,]\\p{Nd}+)?" + NOT_DIGIT_AFTER;
    /** A count of units: "1988 quarters" is no duration, "18 months" and "1,5 jam" are. */
    private static final String COUNT = "\\p{Nd}{1,3}(?:[.,]\\p{Nd}{1,2})?" + NOT_DIGIT_AFTER;

    private final String language;
    private final boolean spaced;
    private final String dateOrder;
    private final String ordinalSuffix;
    private final Pattern future;
    private final Pattern past;
    private final int cueAfterWeight;
    private final Pattern premodifier;
    private final Pattern quantifier;
    private final Pattern join;
    private final Map<String, WordClass> classes;
    private final List<TimeRule> rules = new ArrayList<>();
    private final Map<String, long[]> index = new HashMap<>();
    /** Per rule, the word class it must open with, or null; checked once per position for all such rules. */
    private final List<String> leadClass = new ArrayList<>();
    private final Map<String, Pattern> leadPatterns = new HashMap<>();

    private TimeGrammar(String language, List<LanguageData.Row> rows) {
        this.language = language;
        Map<String, String> options = new HashMap<>();
        List<String> locales = new ArrayList<>();
        for (LanguageData.Row row : rows) {
            if (row.cell(0).equals("option")) {
                options.put(row.cell(1), row.cell(2));
            } else if (row.cell(0).equals("locale")) {
                locales.addAll(List.of(row.cell(1).split("[\\s,]+")));
            }
        }
        spaced = !"none".equals(options.get("spacing"));
        boolean ignoreCase = "insensitive".equals(options.get("case"));
        dateOrder = options.getOrDefault("dates", "dmy");
        ordinalSuffix = options.getOrDefault("ordinal", "");
        future = optionPattern(options.get("future"));
        past = optionPattern(options.get("past"));
        // where the verb ends the clause (Turkish), a cue after the expression is as close as one before it
        cueAfterWeight = "last".equals(options.get("verbs")) ? 1 : 3;
        premodifier = modifierPattern(options.get("premod"));
        quantifier = modifierPattern(options.get("quantmod"));
        join = Pattern.compile(options.getOrDefault("join", "[\\s\\u00A0,]*"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        classes = words(language, locales, rows, ignoreCase);
        List<LanguageData.Row> ruleRows = new ArrayList<>();
        for (LanguageData.Row row : rows) {
            if (row.cell(0).equals("rule") && !row.language().equals(LanguageData.COMMON)) {
                ruleRows.add(row);
            }
        }
        for (LanguageData.Row row : rows) {
            if (row.cell(0).equals("rule") && row.language().equals(LanguageData.COMMON)) {
                ruleRows.add(row);
            }
        }
        List<LanguageData.Row> compiled = new ArrayList<>();
        for (LanguageData.Row row : ruleRows) {
            boolean common = row.language().equals(LanguageData.COMMON);
            if (common && !hasWordsFor(row.cell(2))) {
                continue; // a shared rule naming months in a language that writes months as numbers
            }
            rules.add(compile(rules.size(), row));
            compiled.add(row);
            leadClass.add(leadingWordClass(row));
        }
        buildIndex(compiled);
    }

    /** The grammar of a language: its own file (when it has one) on top of the common file and CLDR's names. */
    static TimeGrammar load(String language) {
        List<LanguageData.Row> rows = new ArrayList<>(LanguageData.rows(LanguageData.COMMON, FILE));
        boolean known = language != null && LanguageData.languages().contains(language);
        if (known) {
            rows.addAll(LanguageData.rows(language, FILE));
        }
        return new TimeGrammar(language == null ? "und" : language, rows);
    }

    String language() {
        return language;
    }

    int ruleCount() {
        return rules.size();
    }

    /** A modifier written just before an expression: the words, then only space up to the expression. */
    private static Pattern modifierPattern(String words) {
        return words == null || words.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + words + ")" + SP + "*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern optionPattern(String regex) {
        return regex == null || regex.isEmpty() ? null
                : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Map<String, WordClass> words(String language, List<String> locales, List<LanguageData.Row> rows,
                                                boolean ignoreCase) {
        Map<String, WordClass> classes = new LinkedHashMap<>();
        List<String> cldr = new ArrayList<>(locales);
        if (cldr.isEmpty() && language != null && !language.equals("und")) {
            cldr.add(language);
        }
        for (String locale : cldr) {
            CldrWords.addTo(classes, locale, ignoreCase);
        }
        for (LanguageData.Row row : rows) {
            if (!row.cell(0).equals("word")) {
                continue;
            }
            String name = row.cell(1);
            WordClass target = classes.computeIfAbsent(name, WordClass::new);
            for (String surface : row.cell(3).split("\\|")) {
                if (!surface.isBlank()) {
                    target.add(surface, row.cell(2), ignoreCase, name.endsWith("abbr"));
                }
            }
        }
        WordClass mon = new WordClass("mon");
        mon.addAll(classes.computeIfAbsent(CldrWords.MONTH, WordClass::new));
        mon.addAll(classes.computeIfAbsent(CldrWords.MONTH_ABBR, WordClass::new));
        classes.put("mon", mon);
        WordClass wd = new WordClass("wd");
        wd.addAll(classes.computeIfAbsent(CldrWords.WEEKDAY, WordClass::new));
        wd.addAll(classes.computeIfAbsent(CldrWords.WEEKDAY_ABBR, WordClass::new));
        classes.put("wd", wd);
        WordClass num = classes.computeIfAbsent("num", WordClass::new);
        num.addAll(classes.computeIfAbsent(CldrWords.NUMBER, WordClass::new));
        WordClass ord = classes.computeIfAbsent("ord", WordClass::new);
        ord.addAll(classes.computeIfAbsent(CldrWords.ORDINAL, WordClass::new));
        return classes;
    }

    // ---------------------------------------------------------------- compiling

    private TimeRule compile(int order, LanguageData.Row row) {
        String type = row.cell(1).toUpperCase(Locale.ROOT);
        if (!List.of("DATE", "TIME", "DURATION", "SET").contains(type)) {
            throw new IllegalArgumentException(row.where() + ": unknown TIMEX3 type '" + row.cell(1) + "'");
        }
        List<TimeRule.Slot> slots = new ArrayList<>();
        String regex = expand(row.cell(2), slots, row);
        try {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return new TimeRule(order, type, p, List.copyOf(slots), ValueTemplate.parse(row.cell(3)), row.where());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(row.where() + ": " + e.getMessage(), e);
        }
    }

    /** Turns a rule's pattern into a Java regex: slots become named groups, spaces flexible white space. */
    private String expand(String pattern, List<TimeRule.Slot> slots, LanguageData.Row row) {
        String p = pattern.replace("\\s", SP).replace("'", "['\\u2019]");
        // " ?" is an optional space, any other space one or more (none needed in unspaced scripts)
        p = p.replace(" ?", SP + "*").replace(" ", SP + (spaced ? "+" : "*"));
        Matcher m = PLACEHOLDER.matcher(p);
        StringBuilder b = new StringBuilder();
        Map<String, Integer> uses = new HashMap<>();
        while (m.find()) {
            String cls = m.group(1);
            String name = cls + m.group(2);
            int use = uses.merge(name, 1, Integer::sum);
            String group = use == 1 ? name : name + "x" + use;
            String slotRegex = slotRegex(cls, row);
            slots.add(new TimeRule.Slot(name, group, cls));
            m.appendReplacement(b, Matcher.quoteReplacement("(?<" + group + ">" + slotRegex + ")"));
        }
        m.appendTail(b);
        String body = "(?:" + b + ")";
        // the end of an expression is the end of a word, unless it ends on punctuation ("Feb.", "14.4.")
        return spaced ? body + "(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))" : body;
    }

    /**
     * The word class a rule's pattern opens with ("{num} {unit} ago" opens with num), when it opens with one
     * unconditionally; many rules share one, and one failed look at the text rules them all out.
     */
    private String leadingWordClass(LanguageData.Row row) {
        Matcher m = PLACEHOLDER.matcher(row.cell(2));
        if (!m.lookingAt()) {
            return null;
        }
        String cls = m.group(1);
        if (List.of("d", "m", "y", "yy", "n", "hh", "mi", "roman").contains(cls)) {
            return null; // digits are cheap to try and already picked out by the index
        }
        String rest = row.cell(2).substring(m.end());
        if (rest.startsWith("?") || rest.startsWith("*") || rest.startsWith("{")) {
            return null;
        }
        leadPatterns.computeIfAbsent(cls, c -> Pattern.compile(slotRegex(c, row),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        return cls;
    }

    private static final List<String> BUILT_IN = List.of("d", "m", "y", "yy", "n", "hh", "mi", "roman", "num", "ord");

    /** Whether every word class a pattern names has words in this language. */
    private boolean hasWordsFor(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            String cls = m.group(1);
            if (!BUILT_IN.contains(cls) && (classes.get(cls) == null || classes.get(cls).isEmpty())) {
                return false;
            }
        }
        return true;
    }

    private String slotRegex(String cls, LanguageData.Row row) {
        return switch (cls) {
            case "d", "m", "hh" -> "\\p{Nd}{1,2}" + NOT_DIGIT_AFTER;
            case "y" -> "\\p{Nd}{4}" + NOT_DIGIT_AFTER;
            case "yy", "mi" -> "\\p{Nd}{2}" + NOT_DIGIT_AFTER;
            case "n" -> DIGITS;
            case "roman" -> "(?-i:[IVXLC]{1,6})";
            case "num" -> "(?:" + COUNT + "|" + words("num", row).regex(spaced) + ")";
            case "ord" -> "(?:\\p{Nd}{1,2}" + NOT_DIGIT_AFTER + "(?:" + ordinalSuffix + ")?|"
                    + words("ord", row).regex(spaced) + ")";
            default -> words(cls, row).regex(spaced);
        };
    }

    private WordClass words(String cls, LanguageData.Row row) {
        WordClass c = classes.get(cls);
        if (c == null || c.isEmpty()) {
            throw new IllegalArgumentException(row.where() + ": no words of class '" + cls + "'");
        }
        return c;
    }

    // ---------------------------------------------------------------- dispatch index

    /**
     * For each rule, which starts it accepts: every candidate first word (of any word class, or spelled out in any
     * pattern) is offered to the rule alone; the rule can start there if it matches or wants more input.
     */
    private void buildIndex(List<LanguageData.Row> ruleRows) {
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
        for (LanguageData.Row row : ruleRows) {
            String literal = PLACEHOLDER.matcher(row.cell(2)).replaceAll(" ")
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
        prefixes.add("1");
        for (char c : PUNCTUATION_STARTS.toCharArray()) {
            prefixes.add(String.valueOf(c));
        }
        int words = (rules.size() + 63) / 64;
        for (TimeRule rule : rules) {
            Pattern start = Pattern.compile(withoutLeadingLookbehind(rule.pattern().pattern()), rule.pattern().flags());
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
                    long[] bits = index.computeIfAbsent(key(v, 0, v.length()), k -> new long[words]);
                    bits[rule.order() / 64] |= 1L << (rule.order() % 64);
                }
            }
            for (String v : prefixes) {
                if (canStart(start, v)) {
                    long[] bits = index.computeIfAbsent(key(v, 0, v.length()), k -> new long[words]);
                    bits[rule.order() / 64] |= 1L << (rule.order() % 64);
                }
            }
        }
    }

    /**
     * Whether a rule can open with the word {@code v}. A word is followed by something that is not a letter; were it
     * offered bare, "t" would seem to start "tháng 4" and every word beginning with t would try the rule.
     */
    private boolean canStartWith(Pattern p, String v) {
        if (!spaced || !Character.isLetter(v.charAt(0))) {
            return canStart(p, v);
        }
        for (String after : WORD_ENDS) {
            if (canStart(p, v + after)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> WORD_ENDS = List.of(" ", "'", "\u2019", "-", ".", ",", ")", "/");

    private static boolean canStart(Pattern p, String input) {
        Matcher m = p.matcher(input);
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
        while (e < end && e - pos < KEY_LENGTH && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.subSequence(pos, e).toString().toLowerCase(Locale.ROOT);
    }

    /** Rules that can start at {@code pos}, as a bit set over rule order; null when none can. */
    private long[] candidates(String text, int pos, int end) {
        String key = key(text, pos, end);
        if (!spaced || !Character.isLetter(text.charAt(pos))) {
            return index.get(key);
        }
        long[] merged = null;
        for (int len = 1; len <= key.length(); len++) {
            long[] bits = index.get(len == key.length() ? key : key.substring(0, len));
            if (bits == null) {
                continue;
            }
            if (merged == null) {
                merged = bits.clone();
            } else {
                for (int i = 0; i < bits.length; i++) {
                    merged[i] |= bits[i];
                }
            }
        }
        return merged;
    }

    // ---------------------------------------------------------------- tagging

    /** A time expression found in one sentence, before it is turned into a model object. */
    /**
     * @param clockOnly a clock time whose day came from the reference, so a day written next to it can replace it
     * @param named     the value is written out in the text ("the third quarter"), not worked out from another one
     */
    record Found(int start, int end, String value, String type, boolean clockOnly, boolean named) {
    }

    /**
     * Finds the time expressions that start in the sentence {@code [start, end)} of {@code text}. An expression may
     * run on to {@code limit}: a sentence splitter can take the full stop of "Oct. 9" for the end of a sentence.
     */
    List<Found> tag(String text, int start, int end, int limit, LocalDate reference, Discourse discourse) {
        List<Found> found = new ArrayList<>();
        if (discourse.matchers == null) {
            discourse.matchers = new Matcher[rules.size()];
        }
        Matcher[] matchers = discourse.matchers;
        Sentence sentence = new Sentence(text, start, end, limit, reference, discourse);
        int pos = start;
        while (pos < end) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                pos++;
                continue;
            }
            long[] candidates = candidates(text, pos, end);
            Found best = candidates == null ? null : longest(sentence, pos, candidates, matchers);
            if (best != null) {
                found.add(best);
                if (best.named() && QUARTER.matcher(best.value()).matches()) {
                    discourse.quarter = best.value();
                }
                pos = best.end();
            } else {
                pos = nextStart(text, pos, end);
            }
        }
        return anchorClocks(extendLeft(text, start, found));
    }

    /**
     * A clock time in a sentence that also names a day happens on that day ("Slepian was shot on Oct. 23 at
     * 10 p.m."), not on the reference day.
     */
    private static List<Found> anchorClocks(List<Found> found) {
        String day = null;
        for (Found f : found) {
            if (!f.clockOnly() && f.named() && f.value().matches("\\d{4}-\\d\\d-\\d\\d")) {
                day = f.value();
            }
        }
        if (day == null) {
            return found;
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            if (f.clockOnly() && f.value().indexOf('T') > 0 && !adjacentDay(found, f)) {
                String time = f.value().substring(f.value().indexOf('T'));
                out.add(new Found(f.start(), f.end(), day + time, f.type(), true, f.named()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether a day stands right beside this clock time, where joining the two will settle it. */
    private static boolean adjacentDay(List<Found> found, Found clock) {
        int i = found.indexOf(clock);
        return i > 0 && !found.get(i - 1).clockOnly() && clock.start() - found.get(i - 1).end() <= 4
                || i + 1 < found.size() && !found.get(i + 1).clockOnly() && found.get(i + 1).start() - clock.end() <= 4;
    }

    private int nextStart(String text, int pos, int end) {
        if (!spaced || !Character.isLetterOrDigit(text.charAt(pos))) {
            return pos + Character.charCount(text.codePointAt(pos));
        }
        int p = pos;
        while (p < end && Character.isLetterOrDigit(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /**
     * What a document's earlier sentences tell the later ones (the quarter it last spoke of), and the matchers its
     * sentences reuse.
     */
    static final class Discourse {
        private String quarter;
        private Matcher[] matchers;
    }

    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q\\d");

    /** The sentence being tagged and what resolving its expressions needs. */
    private record Sentence(String text, int start, int end, int limit, LocalDate reference, Discourse discourse) {
    }

    /** The longest match of any candidate rule at {@code pos} that makes a value; earlier rules win ties. */
    private Found longest(Sentence sentence, int pos, long[] candidates, Matcher[] matchers) {
        String text = sentence.text();
        int end = sentence.limit();
        List<int[]> hits = new ArrayList<>();
        Map<String, Boolean> leads = null;
        for (int w = 0; w < candidates.length; w++) {
            long bits = candidates[w];
            while (bits != 0) {
                int i = w * 64 + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                String lead = leadClass.get(i);
                if (lead != null) {
                    if (leads == null) {
                        leads = new HashMap<>();
                    }
                    boolean present = leads.computeIfAbsent(lead, c -> leadPatterns.get(c).matcher(text)
                            .region(pos, end).useTransparentBounds(true).lookingAt());
                    if (!present) {
                        continue;
                    }
                }
                Matcher m = matchers[i];
                if (m == null) {
                    m = rules.get(i).pattern().matcher(text);
                    m.useTransparentBounds(true);
                    m.useAnchoringBounds(false);
                    matchers[i] = m;
                }
                m.region(pos, end);
                if (m.lookingAt() && m.end() > pos) {
                    hits.add(new int[] {m.end(), i});
                }
            }
        }
        hits.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(a[1], b[1]));
        for (int[] hit : hits) {
            TimeRule rule = rules.get(hit[1]);
            Matcher m = matchers[hit[1]];
            m.region(pos, end);
            if (!m.lookingAt()) {
                continue;
            }
            int matchStart = m.start();
            int matchEnd = m.end();
            TimeResolver resolver = new TimeResolver(sentence.reference(),
                    () -> tense(text, sentence.start(), sentence.end(), matchStart, matchEnd),
                    sentence.discourse().quarter);
            Found f = evaluate(rule, m, text, resolver);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private Found evaluate(TimeRule rule, Matcher m, String text, TimeResolver resolver) {
        Map<String, String> values = new HashMap<>();
        for (TimeRule.Slot slot : rule.slots()) {
            String matched = m.group(slot.group());
            if (matched == null) {
                continue;
            }
            String v = slotValue(slot.wordClass(), matched);
            if (v == null) {
                return null;
            }
            values.putIfAbsent(slot.name(), v);
        }
        String raw = rule.value().evaluate(new ValueTemplate.Env() {
            @Override
            public String slot(String name) {
                return values.get(name);
            }

            @Override
            public TimeResolver resolver() {
                return resolver;
            }

            @Override
            public String dateOrder() {
                return dateOrder;
            }
        });
        // a SET recurs, so "each July" keeps its open year
        String value = rule.type().equals("SET") ? (TimeResolver.valid(raw) ? raw : null) : resolver.complete(raw);
        if (value == null) {
            return null;
        }
        int end = m.end();
        while (end > m.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String template = rule.value().toString();
        boolean named = !template.contains("before(") && !template.contains("focus(");
        return new Found(m.start(), end, value, rule.type(), raw.startsWith("T"), named);
    }

    /**
     * The tense around an expression, from the cue nearest to it in its sentence ("will", "said"); a future cue wins
     * a tie, and without cues the tense is unknown. Cues before the expression count more than cues after it, except
     * in languages whose verbs come last.
     */
    private TimeResolver.Tense tense(String text, int start, int end, int exprStart, int exprEnd) {
        int futureDistance = nearestCue(future, text, start, end, exprStart, exprEnd, cueAfterWeight);
        int pastDistance = nearestCue(past, text, start, end, exprStart, exprEnd, cueAfterWeight);
        if (futureDistance == Integer.MAX_VALUE && pastDistance == Integer.MAX_VALUE) {
            return TimeResolver.Tense.UNKNOWN;
        }
        return futureDistance <= pastDistance ? TimeResolver.Tense.FUTURE : TimeResolver.Tense.PAST;
    }

    private static int nearestCue(Pattern cue, String text, int start, int end, int exprStart, int exprEnd,
                                  int afterWeight) {
        if (cue == null) {
            return Integer.MAX_VALUE;
        }
        int best = Integer.MAX_VALUE;
        Matcher m = cue.matcher(text);
        m.region(start, Math.min(end, text.length()));
        while (m.find()) {
            if (m.end() <= exprStart) {
                best = Math.min(best, exprStart - m.end());
            } else if (m.start() >= exprEnd) {
                // the verb that governs a time adverbial usually comes first: a cue after it counts as farther away
                best = Math.min(best, afterWeight * (m.start() - exprEnd) + 1);
                break;
            }
        }
        return best;
    }

    /** A slot's normalised value: two-digit months and days, plain numbers, the word's value from its class. */
    private String slotValue(String cls, String matched) {
        switch (cls) {
            case "d":
                return ranged(matched, 1, 31);
            case "m":
                return ranged(matched, 1, 12);
            case "hh":
                return ranged(matched, 0, 24);
            case "mi":
                return ranged(matched, 0, 59);
            case "y": {
                // a year may be counted in the language's era (Thai 2568 is 2025)
                int v = LanguageProfile.of(language).era().commonYear(Integer.parseInt(asciiDigits(matched)));
                return v >= 1000 && v <= LanguageProfile.Era.LATEST_COMMON_YEAR ? String.valueOf(v) : null;
            }
            case "yy":
            case "n":
                return asciiDigits(matched);
            case "roman":
                return roman(matched);
            case "num":
                return Character.isDigit(matched.charAt(0)) ? asciiDigits(matched) : classes.get("num").value(matched);
            case "ord":
                if (Character.isDigit(matched.charAt(0))) {
                    String digits = asciiDigits(matched.replaceAll("\\D+$", ""));
                    return digits.isEmpty() ? null : String.valueOf(Integer.parseInt(digits));
                }
                return classes.get("ord").value(matched);
            default:
                String v = classes.get(cls).value(matched);
                // month names of any class ("month", "mon", "monthprep") give two-digit months
                return v != null && cls.startsWith("mon") && v.matches("\\d{1,2}") ? String.format("%02d", Integer.parseInt(v)) : v;
        }
    }

    private static String ranged(String matched, int min, int max) {
        int v = Integer.parseInt(asciiDigits(matched));
        return v < min || v > max ? null : String.format("%02d", v);
    }

    /** Digits of any script as ASCII, a decimal comma as a point. */
    static String asciiDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else if (c == ',' || c == '.') {
                b.append('.');
            }
        }
        return b.toString();
    }

    private static String roman(String s) {
        int total = 0;
        int previous = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 0;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total > 0 ? String.valueOf(total) : null;
    }

    /**
     * Takes in modifiers before an expression, as TimeML extents do: "early", "mid-", "awal" before any expression,
     * "about", "nearly", "sekitar" only before a quantity ("about two years", not "about recent events").
     */
    private List<Found> extendLeft(String text, int sentenceStart, List<Found> found) {
        if (premodifier == null && quantifier == null || found.isEmpty()) {
            return found;
        }
        List<Found> out = new ArrayList<>(found.size());
        int floor = sentenceStart;
        for (Found f : found) {
            int start = f.start();
            for (Pattern p : new Pattern[] {premodifier, startsWithNumber(text, f) ? quantifier : null}) {
                if (p == null) {
                    continue;
                }
                Matcher m = p.matcher(text);
                m.useTransparentBounds(true);
                m.region(Math.max(floor, start - 40), start);
                if (m.find()) {
                    start = m.start();
                }
            }
            Found g = start == f.start() ? f : new Found(start, f.end(), f.value(), f.type(), f.clockOnly(), f.named());
            out.add(g);
            floor = g.end();
        }
        return out;
    }

    private boolean startsWithNumber(String text, Found f) {
        if (Character.isDigit(text.charAt(f.start()))) {
            return true;
        }
        int e = f.start();
        while (e < f.end() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e > f.start() && classes.get("num").value(text.substring(f.start(), e)) != null;
    }

    /**
     * Joins a day and a clock time written next to each other ("12 Februari 2025 pukul 08.30 WIB", "10:30 a.m.
     * Tuesday") into one TIME.
     */
    List<Found> merge(String text, List<Found> found) {
        if (found.size() < 2) {
            return found;
        }
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found a = found.get(i);
            if (i + 1 < found.size()) {
                Found b = found.get(i + 1);
                Found joined = join(text, a, b);
                if (joined != null) {
                    out.add(joined);
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private Found join(String text, Found a, Found b) {
        Found day = a.clockOnly() ? b : a;
        Found clock = a.clockOnly() ? a : b;
        if (!clock.clockOnly() || day.clockOnly() || !isDay(day.value())) {
            return null;
        }
        if (!join.matcher(text).region(a.end(), b.start()).matches()) {
            return null;
        }
        String time = clock.value().substring(clock.value().indexOf('T'));
        return new Found(a.start(), b.end(), day.value() + time, "TIME", false, true);
    }

    private static boolean isDay(String value) {
        return value.matches("(\\d{4}|XXXX)-(\\d\\d|XX)-(\\d\\d|XX)");
    }
}
