package org.warta.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date arithmetic behind TIMEX3 values, against a reference date that may be missing. Without one, relative values
 * stay unresolved with X's at their granularity ("XXXX-XX-XX", "XXXX-WXX", "XXXX"), never guessed.
 *
 * <p>Units are TIMEX3's: Y, M (month), W, D, H, MIN, S, Q (quarter), HALF (half year), DE (decade), CE (century),
 * WE (weekend).
 */
final class TimeResolver {
    private static final Pattern PARTIAL_DATE = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)(T.*)?");
    private static final Pattern PARTIAL_MONTH = Pattern.compile("XXXX-(\\d\\d)");
    private static final Pattern PARTIAL_DAY = Pattern.compile("XXXX-XX-(\\d\\d)(T.*)?");
    private static final Pattern PARTIAL_SEASON = Pattern.compile("XXXX-(SP|SU|FA|WI)");
    private static final Pattern PARTIAL_PART = Pattern.compile("XXXX-([QH])(\\d)");

    /** Which way an expression's sentence points: a bare "Friday" or "March" is looked for on that side. */
    enum Tense { PAST, FUTURE, UNKNOWN }

    private final LocalDate reference;
    private final Supplier<Tense> tense;
    private final String focusQuarter;
    private Tense known;

    /**
     * @param reference    the date relative expressions are resolved against, or null
     * @param tense        the tense around the expression, asked only when a value depends on it
     * @param focusQuarter the quarter the text last spoke of ("1989-Q3"), or null: financial news compares "the
     *                     quarter" with "a year earlier", meaning the same quarter a year before
     */
    TimeResolver(LocalDate reference, Supplier<Tense> tense, String focusQuarter) {
        this.reference = reference;
        this.tense = tense;
        this.focusQuarter = focusQuarter;
    }

    TimeResolver(LocalDate reference) {
        this(reference, () -> Tense.UNKNOWN, null);
    }

    LocalDate reference() {
        return reference;
    }

    private Tense tense() {
        if (known == null) {
            known = tense.get();
        }
        return known;
    }

    private boolean future() {
        return tense() == Tense.FUTURE;
    }

    /** {@code amount} units before the reference, or before the quarter in focus when counting years back from it. */
    String before(String amount, String unit) {
        if (focusQuarter != null && unit.equalsIgnoreCase("Y") && !amount.contains("X")) {
            long n = Math.round(Double.parseDouble(amount));
            return TimexValues.year(Long.parseLong(focusQuarter.substring(0, 4)) - n) + focusQuarter.substring(4);
        }
        return shift(amount.startsWith("-") ? amount.substring(1) : "-" + amount, unit);
    }

    /**
     * The quarter in focus, or else the last full quarter before the reference (the one results are reported for).
     * With a year ("the 1988 period"), the same quarter of that year, or the year alone when no quarter is in focus.
     */
    String focus(String unit, String year) {
        if (year != null && !year.isEmpty()) {
            return focusQuarter != null && unit.equalsIgnoreCase("Q") ? year + focusQuarter.substring(4) : year;
        }
        if (focusQuarter != null && unit.equalsIgnoreCase("Q")) {
            return focusQuarter;
        }
        return shift("-1", unit);
    }

    /** The reference moved by {@code amount} units, written at the unit's granularity ("last week" is shift(-1, W)). */
    String shift(String amount, String unit) {
        String u = unit.toUpperCase(Locale.ROOT);
        if (amount.contains("X")) {
            return amount.startsWith("-") ? "PAST_REF" : "FUTURE_REF";
        }
        long n = Math.round(Double.parseDouble(amount));
        if (reference == null) {
            return unresolved(u);
        }
        LocalDate r = reference;
        return switch (u) {
            case "D", "H", "MIN", "S" -> r.plusDays(u.equals("D") ? n : 0).toString();
            case "W" -> TimexValues.week(r.plusWeeks(n));
            case "WE" -> TimexValues.week(r.plusWeeks(n)) + "-WE";
            case "M" -> String.format("%04d-%02d", r.plusMonths(n).getYear(), r.plusMonths(n).getMonthValue());
            case "Q" -> TimexValues.quarterOf(r.plusMonths(3 * n));
            case "HALF" -> TimexValues.halfOf(r.plusMonths(6 * n));
            case "Y" -> TimexValues.year(r.getYear() + n);
            case "DE" -> String.valueOf(Math.floorDiv(r.getYear() + 10 * n, 10));
            case "CE" -> String.format("%02d", Math.floorDiv(r.getYear() + 100 * n, 100));
            default -> null;
        };
    }

    private static String unresolved(String unit) {
        return switch (unit) {
            case "D", "H", "MIN", "S" -> "XXXX-XX-XX";
            case "W" -> "XXXX-WXX";
            case "WE" -> "XXXX-WXX-WE";
            case "M" -> "XXXX-XX";
            case "Q" -> "XXXX-QX";
            case "HALF" -> "XXXX-HX";
            case "Y" -> "XXXX";
            case "DE" -> "XXX";
            case "CE" -> "XX";
            default -> null;
        };
    }

    /**
     * A weekday relative to the reference: {@code direction} -1 is the last one before it, 1 the next one after it, 0
     * the nearest in the sentence's tense (this week's, or the reference day itself).
     */
    String weekday(String day, String direction) {
        int iso = Integer.parseInt(day);
        int dir = Integer.parseInt(direction);
        if (reference == null) {
            return "XXXX-WXX-" + iso;
        }
        DayOfWeek dow = DayOfWeek.of(iso);
        LocalDate d = switch (dir) {
            case -1 -> reference.with(TemporalAdjusters.previous(dow));
            case 1 -> reference.with(TemporalAdjusters.next(dow));
            default -> future() ? reference.with(TemporalAdjusters.nextOrSame(dow))
                    : reference.with(TemporalAdjusters.previousOrSame(dow));
        };
        return d.toString();
    }

    /**
     * A named month relative to the reference: -1 the last one before the month just gone, 1 the next one after the
     * reference's month, 0 the nearest.
     */
    String month(String month, String direction) {
        int m = Integer.parseInt(month);
        int dir = Integer.parseInt(direction);
        if (m < 1 || m > 12) {
            return null;
        }
        if (reference == null) {
            return String.format("XXXX-%02d", m);
        }
        if (dir == 0) {
            return complete(String.format("XXXX-%02d", m));
        }
        int current = reference.getMonthValue();
        int year = reference.getYear();
        // "last February" said in March is a year back: the month just gone would be "last month"
        if (dir < 0 && m >= current - 1) {
            year--;
        } else if (dir > 0 && m <= current) {
            year++;
        }
        return String.format("%04d-%02d", year, m);
    }

    /**
     * A weekend: -1 the last one before the reference, 1 the next one after it, 0 the one the sentence's tense points
     * at (the past weekend, unless it speaks of the future or the reference day is itself in a weekend).
     */
    String weekend(String direction) {
        int dir = Integer.parseInt(direction);
        if (reference == null) {
            return "XXXX-WXX-WE";
        }
        boolean inWeekend = reference.getDayOfWeek().getValue() >= 6;
        LocalDate week = switch (dir) {
            case -1 -> reference.minusWeeks(1);
            case 1 -> inWeekend ? reference.plusWeeks(1) : reference;
            default -> inWeekend || future() ? reference : reference.minusWeeks(1);
        };
        return TimexValues.week(week) + "-WE";
    }

    /** The weekday {@code day} of the week {@code weeks} weeks from the reference's: Tuesday of last week is (2, -1). */
    String weekdayOf(String day, String weeks) {
        int iso = Integer.parseInt(day);
        int n = Integer.parseInt(weeks);
        if (reference == null) {
            return "XXXX-WXX-" + iso;
        }
        return reference.plusWeeks(n).with(ChronoField.DAY_OF_WEEK, iso).toString();
    }

    /** A quarter (or half, with {@code part} "H") named without its year: this year's, or last year's when it is yet to come. */
    String partOfYear(String part, String number) {
        int n = Integer.parseInt(number);
        int max = part.equals("Q") ? 4 : 2;
        if (n < 1 || n > max) {
            return null;
        }
        if (reference == null) {
            return "XXXX-" + part + n;
        }
        int current = part.equals("Q") ? (reference.getMonthValue() - 1) / 3 + 1 : (reference.getMonthValue() - 1) / 6 + 1;
        int year = reference.getYear();
        if (n > current && !future()) {
            year--;
        }
        return TimexValues.year(year) + "-" + part + n;
    }

    /** A decade from a year ("1990" or "90"): "199". Two-digit years take the century that keeps them in the past. */
    String decade(String y) {
        String digits = y.replaceAll("\\D", "");
        if (digits.length() == 2) {
            digits = String.valueOf(fullYear(Integer.parseInt(digits)));
        }
        if (digits.length() != 4) {
            return null;
        }
        return digits.substring(0, 3);
    }

    /**
     * A holiday in a year ("XXXX" for the one nearest the reference): a fixed day "MM-DD", or a weekday of a month
     * "MM/n/w", the n-th (-1 the last) weekday w: Thanksgiving in the United States is "11/4/4".
     */
    String holiday(String spec, String year) {
        if (!spec.contains("/")) {
            return year + "-" + spec;
        }
        String[] p = spec.split("/");
        int month = Integer.parseInt(p[0]);
        int nth = Integer.parseInt(p[1]);
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(p[2]));
        if (!year.contains("X")) {
            return nthWeekday(Integer.parseInt(year), month, nth, dow).toString();
        }
        if (reference == null) {
            return String.format("XXXX-%02d-XX", month);
        }
        LocalDate best = null;
        for (int k = -1; k <= 1; k++) {
            LocalDate c = nthWeekday(reference.getYear() + k, month, nth, dow);
            if (best == null || weighted(c) < weighted(best)) {
                best = c;
            }
        }
        return best.toString();
    }

    private static LocalDate nthWeekday(int year, int month, int nth, DayOfWeek dow) {
        LocalDate first = LocalDate.of(year, month, 1);
        return nth < 0 ? first.with(TemporalAdjusters.lastInMonth(dow))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, dow));
    }

    /** A year written with two digits: the latest year with those digits no more than ten years after the reference. */
    String year(String yy) {
        int v = Integer.parseInt(yy);
        return TimexValues.year(yy.length() <= 2 ? fullYear(v) : v);
    }

    private int fullYear(int twoDigits) {
        int pivot = (reference == null ? 2030 : reference.getYear() + 10);
        int y = pivot / 100 * 100 + twoDigits;
        return y > pivot ? y - 100 : y;
    }

    /**
     * Fills in what a value left open, now that the reference is known: a date or month without a year takes the
     * nearest year, a day of the month the nearest month, a season the reference year, a time without a date the
     * reference day. Returns null for a value that names no real date (February 30).
     */
    String complete(String value) {
        if (value == null) {
            return null;
        }
        String v = value;
        if (v.startsWith("T")) {
            v = (reference == null ? "XXXX-XX-XX" : reference.toString()) + v;
        }
        if (reference != null) {
            v = fillYear(v);
        }
        return TimexValues.valid(v) ? v : null;
    }

    private String fillYear(String v) {
        Matcher m = PARTIAL_DATE.matcher(v);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            LocalDate best = nearest(month, day);
            return best == null ? v : best + (m.group(3) == null ? "" : m.group(3));
        }
        m = PARTIAL_MONTH.matcher(v);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            LocalDate best = nearestMonth(month);
            return String.format("%04d-%02d", best.getYear(), month);
        }
        m = PARTIAL_DAY.matcher(v);
        if (m.matches()) {
            int day = Integer.parseInt(m.group(1));
            LocalDate best = null;
            for (int k = -1; k <= 1; k++) {
                LocalDate month = reference.plusMonths(k).withDayOfMonth(1);
                if (day <= month.lengthOfMonth()) {
                    LocalDate c = month.withDayOfMonth(day);
                    if (best == null || distance(c) < distance(best)) {
                        best = c;
                    }
                }
            }
            return best == null ? v : best + (m.group(2) == null ? "" : m.group(2));
        }
        m = PARTIAL_SEASON.matcher(v);
        if (m.matches()) {
            return TimexValues.year(reference.getYear()) + "-" + m.group(1);
        }
        m = PARTIAL_PART.matcher(v);
        if (m.matches()) {
            return partOfYear(m.group(1), m.group(2));
        }
        return v;
    }

    /**
     * The date with this month and day in the year before, of, or after the reference that is nearest to it, dates
     * ahead counting double.
     */
    private LocalDate nearest(int month, int day) {
        LocalDate best = null;
        for (int k = -1; k <= 1; k++) {
            try {
                LocalDate c = LocalDate.of(reference.getYear() + k, month, day);
                if (best == null || weighted(c) < weighted(best)) {
                    best = c;
                }
            } catch (DateTimeException e) {
                // February 29 outside a leap year: that year is simply not a candidate
            }
        }
        return best;
    }

    /** News reports what happened more than what will: a date ahead counts as twice as far as one behind. */
    private long weighted(LocalDate d) {
        return d.isAfter(reference) ? 2 * distance(d) : distance(d);
    }

    /**
     * A month named alone: the nearest one, months ahead counting double, and only those ahead when the sentence
     * speaks of the future.
     */
    private LocalDate nearestMonth(int month) {
        boolean ahead = tense() == Tense.FUTURE;
        LocalDate first = reference.withDayOfMonth(1);
        LocalDate best = null;
        for (int k = -1; k <= 1; k++) {
            LocalDate c = LocalDate.of(reference.getYear() + k, month, 1);
            if (ahead && c.isBefore(first)) {
                continue;
            }
            if (best == null || monthDistance(first, c) < monthDistance(first, best)) {
                best = c;
            }
        }
        return best;
    }

    private static long monthDistance(LocalDate from, LocalDate to) {
        long m = ChronoUnit.MONTHS.between(from, to);
        return m > 0 ? 2 * m : -m;
    }

    private long distance(LocalDate d) {
        return Math.abs(ChronoUnit.DAYS.between(reference, d));
    }

}
