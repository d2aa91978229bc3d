package org.warta.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TIMEX3 values that need no reference date: durations, clock times, centuries, years said in two parts, the week,
 * quarter and half of a known day, and the check that a value names a real date.
 */
final class TimexValues {
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-(\\d\\d)-(\\d\\d)(?:T(\\d\\d):(\\d\\d).*)?");
    private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-(\\d\\d)");
    private static final Pattern WEEK_VALUE = Pattern.compile("\\d{4}-W(\\d\\d).*");

    private TimexValues() {
    }

    /** A duration: dur(3, D) is P3D, dur(2, H) PT2H, dur(X, Y) PXY. */
    static String duration(String amount, String unit) {
        String n = amount.startsWith("-") ? amount.substring(1) : amount;
        if (n.endsWith(".0")) {
            n = n.substring(0, n.length() - 2);
        }
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "S" -> "PT" + n + "S";
            case "HALF" -> n.equals("X") ? "PXM" : "P" + times(n, 6) + "M";
            // decades and centuries as years, the way TimeML annotators write them ("two decades" is P20Y)
            case "DE" -> n.equals("X") ? "PXY" : "P" + times(n, 10) + "Y";
            case "CE" -> n.equals("X") ? "PXY" : "P" + times(n, 100) + "Y";
            case "Y", "M", "W", "D", "Q", "WE" -> "P" + n + unit.toUpperCase(Locale.ROOT);
            default -> null;
        };
    }

    private static String times(String n, int k) {
        double v = Double.parseDouble(n) * k;
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** A century from its ordinal: the 20th century is "19". */
    static String century(String ordinal) {
        int n = Integer.parseInt(ordinal);
        return n < 1 || n > 30 ? null : String.format("%02d", n - 1);
    }

    /** A year said as its century and the rest: yearof(19, 96) is 1996, yearof(20, 1) is 2001 ("two thousand one"). */
    static String yearOf(String century, String rest) {
        int c = Integer.parseInt(century);
        int n = Integer.parseInt(rest);
        if (n < 0 || n > 99 || n < 10 && c % 10 != 0) {
            return null;
        }
        return year(c * 100L + n);
    }

    /** A clock time "HH:MM", with the hour moved into the afternoon by "pm", "sore", "malam" and the like. */
    static String clock(String hour, String minute, String meridiem) {
        int h = Integer.parseInt(hour);
        int m = minute == null || minute.isEmpty() ? 0 : Integer.parseInt(minute);
        String mer = meridiem == null ? "" : meridiem.toUpperCase(Locale.ROOT);
        if (h > 24 || m > 59) {
            return null;
        }
        switch (mer) {
            case "PM", "AF", "EV" -> {
                if (h < 12) {
                    h += 12;
                }
            }
            case "NI" -> {
                if (h >= 6 && h < 12) {
                    h += 12;
                } else if (h == 12) {
                    // twelve at night is midnight: "jam 12 malam", "晚上12点"
                    h = 24;
                }
            }
            case "AM", "MO" -> {
                if (h == 12) {
                    h = 0;
                }
            }
            default -> {
            }
        }
        return String.format("%02d:%02d", h, m);
    }

    /** Whether a value's calendar fields are real: no month 13, no February 30, no hour 25. */
    static boolean valid(String v) {
        if (v == null || v.isEmpty()) {
            return false;
        }
        Matcher m = FULL_DATE.matcher(v);
        if (m.matches()) {
            try {
                LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return false;
            }
            return m.group(4) == null || Integer.parseInt(m.group(4)) <= 24 && Integer.parseInt(m.group(5)) <= 59;
        }
        m = MONTH_VALUE.matcher(v);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            return month >= 1 && month <= 12;
        }
        m = WEEK_VALUE.matcher(v);
        if (m.matches()) {
            int week = Integer.parseInt(m.group(1));
            return week >= 1 && week <= 53;
        }
        return true;
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarterOf(LocalDate d) {
        return year(d.getYear()) + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    static String halfOf(LocalDate d) {
        return year(d.getYear()) + "-H" + ((d.getMonthValue() - 1) / 6 + 1);
    }

    /** A year as TIMEX3 writes it, with four digits. */
    static String year(long y) {
        return String.format("%04d", y);
    }
}
