package org.warta.time;

import java.time.LocalDate;

/**
 * Nepal's Bikram Sambat calendar, which ICU does not have. Its months follow the sun's passage through the
 * constellations, so their lengths (29 to 32 days) change from year to year and are fixed each year by Nepal's
 * calendar committee (Nepal Panchanga Nirnayak Samiti) in the official calendar; no rule gives them. The table holds
 * the years news is written in now, each with the Gregorian day its first of Baisakh falls on (the Nepali new year)
 * and its months' lengths as the official calendar publishes them. The lengths of a year add up to the days between
 * its new year and the next one, which the table checks when it loads. A year outside the table has no Gregorian
 * value: better none than one a day off.
 */
final class BikramSambat {
    static final String NAME = "bikram-sambat";

    private static final int FIRST_YEAR = 2080;
    /** The first of Baisakh of each year from {@link #FIRST_YEAR}, and of the year after the last. */
    private static final LocalDate[] NEW_YEAR = {
        LocalDate.of(2023, 4, 14), LocalDate.of(2024, 4, 13), LocalDate.of(2025, 4, 14), LocalDate.of(2026, 4, 14)};
    /** Days of Baisakh, Jestha, Asar, Shrawan, Bhadra, Asoj, Kartik, Mangsir, Poush, Magh, Falgun, Chaitra. */
    private static final int[][] MONTH_DAYS = {
        {31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30},
        {31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31},
        {31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30},
    };

    static {
        for (int i = 0; i < MONTH_DAYS.length; i++) {
            int days = 0;
            for (int d : MONTH_DAYS[i]) {
                days += d;
            }
            if (!NEW_YEAR[i].plusDays(days).equals(NEW_YEAR[i + 1])) {
                throw new IllegalStateException("Bikram Sambat " + (FIRST_YEAR + i) + " does not add up to its year");
            }
        }
    }

    private BikramSambat() {
    }

    /** The Gregorian date of a Bikram Sambat date, or null when it is outside the table or does not exist. */
    static LocalDate toGregorian(int year, int month, int day) {
        int i = year - FIRST_YEAR;
        if (i < 0 || i >= MONTH_DAYS.length || month < 1 || month > 12 || day < 1 || day > MONTH_DAYS[i][month - 1]) {
            return null;
        }
        LocalDate date = NEW_YEAR[i];
        for (int m = 1; m < month; m++) {
            date = date.plusDays(MONTH_DAYS[i][m - 1]);
        }
        return date.plusDays(day - 1L);
    }
}
