package org.warta.time;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;

/**
 * Month names, weekday names and number words from CLDR (through ICU4J), so every language ICU knows has them
 * without a hand-made list: wide and abbreviated month and weekday names in their format and stand-alone forms
 * (Russian "февраля" and "февраль"), cardinal numbers 1..100 in every spell-out variant (Russian "двух", "трёх"),
 * and ordinals 1..31.
 */
final class CldrWords {
    static final String MONTH = "month";
    static final String MONTH_ABBR = "monthabbr";
    static final String WEEKDAY = "weekday";
    static final String WEEKDAY_ABBR = "weekdayabbr";
    static final String NUMBER = "numword";
    static final String WEB_MONTH = "monweb";
    static final String ORDINAL = "ordword";

    private static final int[] CONTEXTS = {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE};

    private CldrWords() {
    }

    /** Adds CLDR's words for {@code locale} to the classes in {@code classes} (created when missing). */
    static void addTo(Map<String, WordClass> classes, String locale, boolean ignoreCase) {
        ULocale loc = new ULocale(locale);
        // the Gregorian names whatever calendar the locale prefers: ICU gives Persian (fa) or Islamic (ar_SA) month
        // names by default, and those months are not the Gregorian months their numbers would say
        DateFormatSymbols symbols = new DateFormatSymbols(GregorianCalendar.class, loc);
        for (int context : CONTEXTS) {
            addMonths(classes.computeIfAbsent(MONTH, WordClass::new),
                    symbols.getMonths(context, DateFormatSymbols.WIDE), ignoreCase, false);
            addMonths(classes.computeIfAbsent(MONTH_ABBR, WordClass::new),
                    symbols.getMonths(context, DateFormatSymbols.ABBREVIATED), ignoreCase, true);
            addWeekdays(classes.computeIfAbsent(WEEKDAY, WordClass::new),
                    symbols.getWeekdays(context, DateFormatSymbols.WIDE), ignoreCase, false);
            addWeekdays(classes.computeIfAbsent(WEEKDAY_ABBR, WordClass::new),
                    symbols.getWeekdays(context, DateFormatSymbols.ABBREVIATED), ignoreCase, true);
        }
        addNumbers(classes, loc);
    }

    /** The wide and abbreviated month names of {@code locale} alone, into {@code target}. */
    static void addMonthNames(WordClass target, String locale, boolean ignoreCase) {
        DateFormatSymbols symbols = new DateFormatSymbols(GregorianCalendar.class, new ULocale(locale));
        for (int context : CONTEXTS) {
            addMonths(target, symbols.getMonths(context, DateFormatSymbols.WIDE), ignoreCase, false);
            addMonths(target, symbols.getMonths(context, DateFormatSymbols.ABBREVIATED), ignoreCase, true);
        }
    }

    private static void addMonths(WordClass target, String[] names, boolean ignoreCase, boolean abbreviation) {
        for (int i = 0; i < 12 && i < names.length; i++) {
            if (usable(names[i])) {
                target.add(names[i], String.valueOf(i + 1), ignoreCase, abbreviation);
            }
        }
    }

    /** ICU numbers weekdays from Sunday = 1; TIMEX3 (ISO 8601) from Monday = 1. */
    private static void addWeekdays(WordClass target, String[] names, boolean ignoreCase, boolean abbreviation) {
        for (int icu = 1; icu <= 7 && icu < names.length; icu++) {
            if (usable(names[icu])) {
                int iso = (icu + 5) % 7 + 1;
                target.add(names[icu], String.valueOf(iso), ignoreCase, abbreviation);
            }
        }
    }

    private static void addNumbers(Map<String, WordClass> classes, ULocale loc) {
        RuleBasedNumberFormat spell = new RuleBasedNumberFormat(loc, RuleBasedNumberFormat.SPELLOUT);
        WordClass numbers = classes.computeIfAbsent(NUMBER, WordClass::new);
        WordClass ordinals = classes.computeIfAbsent(ORDINAL, WordClass::new);
        for (String ruleSet : List.of(spell.getRuleSetNames())) {
            boolean cardinal = ruleSet.startsWith("%spellout-cardinal") && !ruleSet.contains("financial");
            boolean ordinal = ruleSet.startsWith("%spellout-ordinal");
            for (int n = 1; n <= (ordinal ? 31 : cardinal ? 100 : 0); n++) {
                String word = spell.format(n, ruleSet).replace("\u00AD", "");
                if (usable(word)) {
                    (cardinal ? numbers : ordinals).add(word, String.valueOf(n), true, false);
                }
            }
        }
    }

    /** CLDR sometimes fills a slot with a digit form or a rule reference; those are not words. */
    private static boolean usable(String word) {
        return word != null && !word.isBlank() && word.codePoints().noneMatch(c -> Character.isDigit(c) || c == ':');
    }
}
