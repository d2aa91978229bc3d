package org.warta.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.lang.LanguageData;

/**
 * Compiles one language's time rules: gathers its word classes (CLDR's month, weekday and number names for its
 * locales, plus the {@code word} lines of its files) and turns each {@code rule} line into a {@link TimeRule}, its
 * slots ({@code {month}}, {@code {d}}) expanded into named groups. The language's own rules come first, then the
 * common ones it has words for.
 */
final class TimeRuleCompiler {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+?)(\\d*)\\}");
    private static final String SP = WordClass.SPACE;
    private static final String NOT_DIGIT_AFTER = "(?!\\p{Nd})";
    private static final String DIGITS = "\\p{Nd}+(?:[.,]\\p{Nd}+)?" + NOT_DIGIT_AFTER;
    /** A count of units: "1988 quarters" is no duration, "18 months" and "1,5 jam" are. */
    private static final String COUNT = "\\p{Nd}{1,3}(?:[.,]\\p{Nd}{1,2})?" + NOT_DIGIT_AFTER;
    /** Slots read as digits (and roman numerals) rather than as words of a class. */
    private static final List<String> DIGIT_SLOTS = List.of("d", "m", "y", "yy", "n", "hh", "mi", "ss", "roman");
    private static final List<String> BUILT_IN = List.of("d", "m", "y", "yy", "n", "hh", "mi", "ss", "roman", "num",
            "ord");

    /** What compiling gives: the word classes, the rules in order, and the patterns of the classes rules open with. */
    record Compiled(Map<String, WordClass> classes, List<TimeRule> rules, Map<String, Pattern> leadPatterns) {
    }

    private final TimeOptions options;
    private final Map<String, WordClass> classes;
    private final Map<String, Pattern> leadPatterns = new HashMap<>();

    private TimeRuleCompiler(TimeOptions options, Map<String, WordClass> classes) {
        this.options = options;
        this.classes = classes;
    }

    /**
     * @throws IllegalArgumentException naming the file and line of a rule that cannot be compiled
     */
    static Compiled compile(String language, TimeOptions options, List<LanguageData.Row> rows) {
        TimeRuleCompiler compiler = new TimeRuleCompiler(options, words(language, options, rows));
        List<TimeRule> rules = new ArrayList<>();
        for (LanguageData.Row row : ruleRows(rows)) {
            boolean common = row.language().equals(LanguageData.COMMON);
            if (common && !compiler.hasWordsFor(row.cell(2))) {
                continue; // a shared rule naming months in a language that writes months as numbers
            }
            rules.add(compiler.rule(rules.size(), row));
        }
        return new Compiled(compiler.classes, List.copyOf(rules), compiler.leadPatterns);
    }

    /** The language's rule lines, then the common ones. */
    private static List<LanguageData.Row> ruleRows(List<LanguageData.Row> rows) {
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
        return ruleRows;
    }

    private static Map<String, WordClass> words(String language, TimeOptions options, List<LanguageData.Row> rows) {
        boolean ignoreCase = options.ignoreCase();
        Map<String, WordClass> classes = new LinkedHashMap<>();
        List<String> cldr = new ArrayList<>(options.locales());
        if (cldr.isEmpty() && language != null && !language.equals("und")) {
            cldr.add(language);
        }
        for (String locale : cldr) {
            CldrWords.addTo(classes, locale, ignoreCase);
        }
        for (String locale : options.webLocales()) {
            CldrWords.addMonthNames(classes.computeIfAbsent(CldrWords.WEB_MONTH, WordClass::new), locale, ignoreCase);
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

    private TimeRule rule(int order, LanguageData.Row row) {
        String type = row.cell(1).toUpperCase(Locale.ROOT);
        if (!List.of("DATE", "TIME", "DURATION", "SET").contains(type)) {
            throw new IllegalArgumentException(row.where() + ": unknown TIMEX3 type '" + row.cell(1) + "'");
        }
        List<TimeRule.Slot> slots = new ArrayList<>();
        String regex = expand(row.cell(2), slots, row);
        try {
            Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            return new TimeRule(order, type, row.cell(2), p, List.copyOf(slots), leadingWordClass(row),
                    ValueTemplate.parse(row.cell(3)), row.where());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(row.where() + ": " + e.getMessage(), e);
        }
    }

    /** Turns a rule's pattern into a Java regex: slots become named groups, spaces flexible white space. */
    private String expand(String pattern, List<TimeRule.Slot> slots, LanguageData.Row row) {
        String p = pattern.replace("\\s", SP).replace("'", "['\\u2019]");
        // " ?" is an optional space, any other space one or more (none needed in unspaced scripts)
        p = p.replace(" ?", SP + "*").replace(" ", SP + (options.spaced() ? "+" : "*"));
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
        return options.spaced() ? body + "(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))" : body;
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
        if (DIGIT_SLOTS.contains(cls)) {
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
        boolean spaced = options.spaced();
        return switch (cls) {
            case "d", "m", "hh" -> "\\p{Nd}{1,2}" + NOT_DIGIT_AFTER;
            case "y" -> "\\p{Nd}{4}" + NOT_DIGIT_AFTER;
            case "yy", "mi", "ss" -> "\\p{Nd}{2}" + NOT_DIGIT_AFTER;
            case "n" -> DIGITS;
            case "roman" -> "(?-i:[IVXLC]{1,6})";
            case "num" -> "(?:" + COUNT + "|" + words("num", row).regex(spaced) + ")";
            case "ord" -> "(?:\\p{Nd}{1,2}" + NOT_DIGIT_AFTER + "(?:" + options.ordinalSuffix() + ")?|"
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
}
