package org.warta.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.warta.lang.LanguageData;

/**
 * The {@code option} and {@code locale} lines of a language's {@code time.tsv}: how its text is written and read.
 *
 * @param spaced         words are separated by spaces ({@code spacing none} for unspaced scripts)
 * @param ignoreCase     capitals do not tell a month from a word ({@code case insensitive})
 * @param dateOrder      how "14/4" reads: {@code dmy}, {@code mdy} or {@code ymd}
 * @param ordinalSuffix  regex of what follows a digit ordinal ("th", "e"), or ""
 * @param future         tense cues of the future ("will"), or null
 * @param past           tense cues of the past ("said"), or null
 * @param cueAfterWeight how much farther a cue after an expression counts than one before it
 * @param premodifier    modifiers taken in before any expression ("early", "awal"), or null
 * @param quantifier     modifiers taken in only before a quantity ("about", "sekitar"), or null
 * @param join           what may stand between a day and a clock time that are written together
 * @param locales        the CLDR locales whose month and weekday names the language uses
 * @param webLocales     CLDR locales whose month names pages in any language use in their datelines ("Nov 07,
 *                       2025"): the class {@code monweb}, which only full dates with a year use
 */
record TimeOptions(boolean spaced, boolean ignoreCase, String dateOrder, String ordinalSuffix, Pattern future,
                   Pattern past, int cueAfterWeight, Pattern premodifier, Pattern quantifier, Pattern join,
                   List<String> locales, List<String> webLocales) {

    static TimeOptions read(List<LanguageData.Row> rows) {
        Map<String, String> options = new HashMap<>();
        List<String> locales = new ArrayList<>();
        for (LanguageData.Row row : rows) {
            if (row.cell(0).equals("option")) {
                options.put(row.cell(1), row.cell(2));
            } else if (row.cell(0).equals("locale")) {
                locales.addAll(List.of(row.cell(1).split("[\\s,]+")));
            }
        }
        return new TimeOptions(
                !"none".equals(options.get("spacing")),
                "insensitive".equals(options.get("case")),
                options.getOrDefault("dates", "dmy"),
                options.getOrDefault("ordinal", ""),
                optionPattern(options.get("future")),
                optionPattern(options.get("past")),
                // where the verb ends the clause (Turkish), a cue after the expression is as close as one before it
                "last".equals(options.get("verbs")) ? 1 : 3,
                modifierPattern(options.get("premod")),
                modifierPattern(options.get("quantmod")),
                Pattern.compile(options.getOrDefault("join", "[\\s\\u00A0,]*"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                List.copyOf(locales),
                List.of(options.getOrDefault("web-locales", "").split("[\\s,]+")).stream()
                        .filter(s -> !s.isBlank()).toList());
    }

    /** A modifier written just before an expression: the words, then only space up to the expression. */
    private static Pattern modifierPattern(String words) {
        return words == null || words.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + words + ")" + WordClass.SPACE + "*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern optionPattern(String regex) {
        return regex == null || regex.isEmpty() ? null
                : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
