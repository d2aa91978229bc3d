package org.warta.extract.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.lang.LanguageData;
import org.warta.lang.LanguageProfile;

/**
 * Publication dates in the forms pages write them: machine-readable values (ISO 8601, RFC 1123), a date in the URL
 * path, and the human date of a byline in the page's own language ("14/04/2025 08:30", "Senin, 17 Februari 2025",
 * "Nov. 19, 2019"), read with the month names and numeric order of each language's {@code dates.tsv}.
 * Every result is ISO 8601: a date, or a local date-time, or a date-time with its offset.
 */
final class PageDates {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern ISO = Pattern.compile(
            "^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?\\s*$");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/-]|\\.html?|$)"
                    + "|/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:/|$)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{2,4})(?![\\d./-]*\\d)", FLAGS);
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Map<String, Style> STYLES = loadStyles();
    /**
     * The month names tried when only one language's may be and the page's is not known (or has none): English,
     * the language most pages of unknown language turn out to date themselves in.
     */
    private static final String UNKNOWN_LANGUAGE_MONTHS = "en";
    /** A clock time after a date, with the word some languages put before it ("pukul", "à", "a las"). */
    private static final Pattern TIME = Pattern.compile("^[\\s,|·•–—-]*(?:(?:" + clockWords()
            + ")\\s+)?(\\d{1,2})[:.h](\\d{2})(?!\\d)(?:\\s*([ap])\\.?\\s?m\\.?)?", FLAGS);

    private PageDates() {
    }

    /** How one language writes dates. */
    private record Style(String order, Pattern dayMonthYear, Pattern monthDayYear, Map<String, Integer> months) {
    }

    /** A machine-readable date (a meta tag, JSON-LD, {@code <time datetime>}) as ISO 8601, or null. */
    static String normalize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(value);
        if (m.find()) {
            return fromParts(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        m = COMPACT.matcher(value);
        if (m.find()) {
            return fromParts(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), null);
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            return z.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date in a URL path ("/2019/11/19/", "/2025-02-17/", "/20250217/"), or null. */
    static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        return m.group(1) != null ? date(m.group(1), m.group(2), m.group(3)) : date(m.group(4), m.group(5), m.group(6));
    }

    /**
     * The first human-written date in a byline or dateline, tried with the page's language first, then every
     * language's month names. A time right after the date is kept.
     */
    static String fromText(String text, String language) {
        return fromText(text, language, true);
    }

    /**
     * As {@link #fromText(String, String)}; when {@code everyLanguage} is false and the page's language is known,
     * only that language's month names are tried (a cheaper test of a short line).
     */
    static String fromText(String text, String language, boolean everyLanguage) {
        if (text == null || text.isBlank() || text.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        Style own = language == null ? null : STYLES.get(language);
        if (own == null && !everyLanguage) {
            own = STYLES.get(UNKNOWN_LANGUAGE_MONTHS);
        }
        LanguageProfile.Era era = LanguageProfile.of(language).era();
        Found best = numeric(text, own != null && language != null && STYLES.containsKey(language) ? own.order : "dmy",
                era);
        if (own != null) {
            Found f = named(text, own, era);
            if (f != null && (best == null || f.start < best.start)) {
                best = f;
            }
            if (best != null || !everyLanguage) {
                return best == null ? null : best.value;
            }
        }
        for (Map.Entry<String, Style> e : STYLES.entrySet()) {
            if (e.getValue() == own) {
                continue;
            }
            Found f = named(text, e.getValue(), era);
            if (f != null && (best == null || f.start < best.start)) {
                best = f;
            }
        }
        return best == null ? null : best.value;
    }

    private record Found(int start, String value) {
    }

    /** A date written with a month name, day first or month first. */
    private static Found named(String text, Style style, LanguageProfile.Era era) {
        if (style.dayMonthYear == null) {
            return null;
        }
        Found found = null;
        Matcher m = style.dayMonthYear.matcher(text);
        if (m.find()) {
            found = withTime(text, m.start(), m.end(), date(m.group(3), style.months.get(key(m.group(2))), m.group(1), era));
        }
        m = style.monthDayYear.matcher(text);
        if (m.find() && (found == null || m.start() < found.start)) {
            Found f = withTime(text, m.start(), m.end(), date(m.group(3), style.months.get(key(m.group(1))), m.group(2), era));
            if (f != null) {
                found = f;
            }
        }
        return found;
    }

    private static Found numeric(String text, String order, LanguageProfile.Era era) {
        Matcher m = CJK.matcher(text);
        if (m.find()) {
            return withTime(text, m.start(), m.end(), date(m.group(1), m.group(2), m.group(3), era));
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            String a = m.group(1);
            String b = m.group(3);
            String c = m.group(4);
            String value;
            if (a.length() == 4) {
                value = date(a, b, c, era);
            } else if (c.length() != 4) {
                continue;
            } else {
                int first = Integer.parseInt(a);
                int second = Integer.parseInt(b);
                boolean monthFirst = "mdy".equals(order) ? first <= 12 || second > 12 : first <= 12 && second > 12;
                value = monthFirst ? date(c, a, b, era) : date(c, b, a, era);
            }
            if (value != null) {
                return withTime(text, m.start(), m.end(), value);
            }
        }
        return null;
    }

    private static Found withTime(String text, int start, int end, String date) {
        if (date == null) {
            return null;
        }
        Matcher t = TIME.matcher(text.substring(end, Math.min(text.length(), end + 24)));
        if (t.find()) {
            int hour = Integer.parseInt(t.group(1));
            int minute = Integer.parseInt(t.group(2));
            if (t.group(3) != null) {
                boolean pm = t.group(3).equalsIgnoreCase("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            if (hour < 24 && minute < 60) {
                return new Found(start, date + String.format("T%02d:%02d", hour, minute));
            }
        }
        return new Found(start, date);
    }

    private static String date(String year, Object month, String day) {
        return date(year, month, day, LanguageProfile.Era.NONE);
    }

    /** A date written by hand, its year perhaps counted in the language's era (Thai 2568 is 2025). */
    private static String date(String year, Object month, String day, LanguageProfile.Era era) {
        if (year == null || month == null || day == null) {
            return null;
        }
        try {
            int y = era.commonYear(Integer.parseInt(year));
            int mo = month instanceof Integer i ? i : Integer.parseInt(month.toString());
            int d = Integer.parseInt(day);
            if (y < 1990 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, mo, d).toString();
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static String fromParts(String y, String mo, String d, String h, String mi, String s, String zone) {
        String day = date(y, mo, d);
        if (day == null) {
            return null;
        }
        if (h == null) {
            return day;
        }
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(mi);
        int second = s == null ? 0 : Integer.parseInt(s);
        if (hour > 23 || minute > 59 || second > 59) {
            return day;
        }
        String time = String.format("T%02d:%02d:%02d", hour, minute, second);
        if (zone == null) {
            return day + time;
        }
        if (zone.equals("Z")) {
            return day + time + "Z";
        }
        String z = zone.replace(":", "");
        z = z.length() == 3 ? z + "00" : z;
        return day + time + z.substring(0, 3) + ":" + z.substring(3);
    }

    private static String key(String monthName) {
        return monthName.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
    }

    private static Map<String, Style> loadStyles() {
        Map<String, Style> styles = new LinkedHashMap<>();
        for (String lang : LanguageData.languages()) {
            List<LanguageData.Row> rows = LanguageData.rows(lang, "dates.tsv");
            if (rows.isEmpty()) {
                continue;
            }
            String order = "dmy";
            Map<String, Integer> months = new HashMap<>();
            for (LanguageData.Row row : rows) {
                switch (row.cell(0)) {
                    case "order" -> order = row.cell(1);
                    case "clock" -> {
                    }
                    case "month" -> {
                        for (String name : row.cell(2).split("\\|")) {
                            months.put(key(name), Integer.parseInt(row.cell(1)));
                        }
                    }
                    default -> throw new IllegalStateException(row.where() + ": expected 'order', 'month' or 'clock'");
                }
            }
            styles.put(lang, style(order, months));
        }
        return styles;
    }

    /** Every language's words before a clock time ({@code clock} in {@code dates.tsv}), longest first. */
    private static String clockWords() {
        List<String> words = new ArrayList<>();
        for (String lang : LanguageData.languages()) {
            for (LanguageData.Row row : LanguageData.rows(lang, "dates.tsv")) {
                if (row.cell(0).equals("clock")) {
                    for (String w : row.cell(1).split("\\|")) {
                        String word = w.strip().toLowerCase(Locale.ROOT);
                        if (!word.isEmpty() && !words.contains(word)) {
                            words.add(word);
                        }
                    }
                }
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder("(?!)");
        for (String w : words) {
            alt.append('|').append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        }
        return alt.toString();
    }

    private static Style style(String order, Map<String, Integer> months) {
        if (months.isEmpty()) {
            return new Style(order, null, null, months);
        }
        List<String> names = new ArrayList<>(months.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String n : names) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(n).replace(" ", "\\E\\s+\\Q"));
        }
        String month = "(" + alt + ")\\.?";
        Pattern dmy = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|º|er|e)?\\s*(?:de\\s+)?" + month
                + "(?:\\s+de)?,?\\s+(\\d{4})(?!\\d)", FLAGS);
        Pattern mdy = Pattern.compile("(?<![\\p{L}\\d])" + month + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", FLAGS);
        return new Style(order, dmy, mdy, months);
    }
}
