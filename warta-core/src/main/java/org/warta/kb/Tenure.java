package org.warta.kb;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A CAMEO actor code a person held, with the dates it was held between: {@code RUSGOV 2004-03-09..} (from that
 * day on), {@code RUSGOV 1994-09-22..2004-07-12}, or {@code RUSELI} without dates (what the person is outside the
 * dated spans). Written in a {@code .kb} file as the {@code cameo:} key, several separated by {@code |}.
 *
 * @param code  the CAMEO code: a country (ISO alpha-3, or a CAMEO region or IGO prefix), then sectors (GOV, MIL...)
 * @param from  the first day, or null for "since before the record begins"
 * @param until the last day, or null for "still held"
 */
public record Tenure(String code, LocalDate from, LocalDate until) {
    /** Whether this tenure gives no dates at all: the person's standing outside every dated one. */
    public boolean undated() {
        return from == null && until == null;
    }

    /** Whether the date falls within this tenure's dates; an undated tenure holds no particular date. */
    public boolean holds(LocalDate date) {
        return !undated() && (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }

    /** Whether the tenure had ended before the date. */
    public boolean endedBefore(LocalDate date) {
        return until != null && until.isBefore(date);
    }

    /** The {@code .kb} form: {@code CODE}, {@code CODE FROM..}, {@code CODE ..UNTIL} or {@code CODE FROM..UNTIL}. */
    @Override
    public String toString() {
        if (undated()) {
            return code;
        }
        return code + " " + (from == null ? "" : from) + ".." + (until == null ? "" : until);
    }

    /** Reads the {@code .kb} form; null when it cannot be read. */
    public static Tenure parse(String text) {
        String t = text.strip();
        int space = t.indexOf(' ');
        String code = space < 0 ? t : t.substring(0, space);
        if (!isCode(code)) {
            return null;
        }
        if (space < 0) {
            return new Tenure(code, null, null);
        }
        String span = t.substring(space + 1).strip();
        int dots = span.indexOf("..");
        if (dots < 0) {
            return null;
        }
        try {
            LocalDate from = date(span.substring(0, dots));
            LocalDate until = date(span.substring(dots + 2));
            return from == null && until == null ? null : new Tenure(code, from, until);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether a text is a CAMEO code: three or more capital letters or digits. */
    static boolean isCode(String s) {
        if (s.length() < 3) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** An ISO date, YYYY-MM-DD, read without a formatter: a knowledge base holds tens of thousands of them. */
    private static LocalDate date(String s) {
        String d = s.strip();
        if (d.isEmpty()) {
            return null;
        }
        if (d.length() != 10 || d.charAt(4) != '-' || d.charAt(7) != '-') {
            throw new DateTimeParseException("not YYYY-MM-DD", d, 0);
        }
        try {
            return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(5, 7)),
                    Integer.parseInt(d.substring(8)));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new DateTimeParseException("not a date", d, 0);
        }
    }
}
