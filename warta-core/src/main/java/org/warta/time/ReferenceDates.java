package org.warta.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an article's publication date (ISO 8601 date or date-time, or an RFC 1123 feed date) as a reference date. */
public final class ReferenceDates {
    private static final Pattern ISO = Pattern.compile("\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T\\s].*)", Pattern.DOTALL);
    private static final Pattern COMPACT = Pattern.compile("\\s*(\\d{4})(\\d{2})(\\d{2})(?:$|T.*)", Pattern.DOTALL);

    private ReferenceDates() {
    }

    /**
     * The calendar date of a publication date as written: "2025-02-14T23:30:00+07:00" is 2025-02-14, the day the
     * article's own readers saw. Empty when the text is missing or is no date.
     */
    public static Optional<LocalDate> parse(String published) {
        if (published == null || published.isBlank()) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {ISO, COMPACT}) {
            Matcher m = p.matcher(published);
            if (m.matches()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(published.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
