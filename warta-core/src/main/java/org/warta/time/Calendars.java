package org.warta.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

/**
 * Dates written in another calendar, as the Gregorian day they name: the value function
 * {@code calendar(name,year,month,day)} of a pack's {@code time.tsv}. A calendar ICU knows goes by its CLDR name
 * ({@code persian} for the Solar Hijri calendar of Iran and Afghanistan, {@code buddhist}, {@code islamic-umalqura},
 * {@code indian}); {@code bikram-sambat}, Nepal's calendar, which ICU lacks, goes through {@link BikramSambat}.
 */
final class Calendars {
    private Calendars() {
    }

    /** The Gregorian date "YYYY-MM-DD", or null when the date does not exist in that calendar or is out of reach. */
    static String gregorian(String calendar, String year, String month, String day) {
        int y = Integer.parseInt(year);
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        LocalDate date = BikramSambat.NAME.equals(calendar) ? BikramSambat.toGregorian(y, m, d) : icu(calendar, y, m, d);
        return date == null ? null : date.toString();
    }

    private static LocalDate icu(String calendar, int y, int m, int d) {
        Calendar c = Calendar.getInstance(TimeZone.GMT_ZONE, new ULocale("und@calendar=" + calendar));
        if (!c.getType().equals(calendar)) {
            throw new IllegalArgumentException("no calendar '" + calendar + "' in ICU");
        }
        c.clear();
        c.setLenient(false);
        c.set(Calendar.EXTENDED_YEAR, y);
        c.set(Calendar.MONTH, m - 1);
        c.set(Calendar.DAY_OF_MONTH, d);
        GregorianCalendar g = new GregorianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        try {
            g.setTime(c.getTime());
        } catch (IllegalArgumentException e) {
            return null;
        }
        return LocalDate.of(g.get(Calendar.YEAR), g.get(Calendar.MONTH) + 1, g.get(Calendar.DAY_OF_MONTH));
    }
}
