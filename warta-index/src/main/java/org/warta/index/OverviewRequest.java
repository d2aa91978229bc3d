package org.warta.index;

import java.time.LocalDate;
import java.util.List;

/**
 * What the overview covers: a period and, optionally, some languages. With neither {@code from} nor {@code to}, the
 * period is the {@code days} days that end at the newest article's day (archives are old: the newest article, not
 * today, is where "recent" ends); with {@code all}, it is every dated article's day.
 *
 * @param from      first day, inclusive, or null
 * @param to        last day, inclusive, or null for the newest article's day
 * @param days      the period's length when {@code from} is not given
 * @param all       the whole index, from its oldest to its newest dated article
 * @param languages ISO 639-1 codes of the articles counted; empty for every language
 * @param top       how many stories, people, organisations and countries each list holds
 */
public record OverviewRequest(LocalDate from, LocalDate to, int days, boolean all, List<String> languages, int top) {
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366 * 100;
    public static final int DEFAULT_TOP = 10;
    public static final int MAX_TOP = 100;

    public OverviewRequest {
        languages = languages == null ? List.of() : List.copyOf(languages);
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS + ", not " + days);
        }
        if (top < 1 || top > MAX_TOP) {
            throw new IllegalArgumentException("top must be between 1 and " + MAX_TOP + ", not " + top);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** The 30 days that end at the newest article's day, in every language. */
    public static OverviewRequest recent() {
        return new OverviewRequest(null, null, DEFAULT_DAYS, false, List.of(), DEFAULT_TOP);
    }
}
