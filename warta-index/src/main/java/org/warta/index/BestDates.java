package org.warta.index;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.model.Article;
import org.warta.model.Sentence;
import org.warta.model.TimeExpression;

/**
 * The day an article or an event is counted by in timelines.
 *
 * <p>An article counts by its publication date; without one, by the first complete calendar date its lead (the
 * first {@value #LEAD_SENTENCES} sentences) states: a news report says early on the day it reports ("Moscow,
 * 18 February 2025"), and dates further down are more often background or plans. An event counts by its own date
 * when that names a day or a month, by that day or month in the year nearest its article's date when the text gave
 * no year ("on 7 February"), and otherwise by its article's date: a year alone, a weekday or a vague reference
 * says less than the article's own day.
 */
final class BestDates {
    static final int LEAD_SENTENCES = 3;
    /** Lead length when an article has no sentence layer. */
    private static final int LEAD_CHARS = 600;
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern DAY_NO_YEAR = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})(?![\\d])");
    private static final Pattern MONTH_NO_YEAR = Pattern.compile("^XXXX-(\\d{2})$");

    /** Where a date came from. */
    enum Source {
        /** the article's publication date */
        PUBLISHED,
        /** a complete date in the article's lead */
        TEXT,
        /** the event's own day */
        EVENT,
        /** the event's own month (counted on its first day) */
        EVENT_MONTH,
        /** the event's day or month, the year taken from its article's date */
        EVENT_YEAR_FROM_ARTICLE,
        /** the event's article's date */
        ARTICLE;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A day and where it came from; {@link #NONE} when nothing dates the item. */
    record Dated(LocalDate day, Source from) {
        static final Dated NONE = new Dated(null, null);

        boolean known() {
            return day != null;
        }
    }

    private BestDates() {
    }

    /** The day an article is counted by. */
    static Dated article(Article a) {
        LocalDate published = ArticleDocuments.date(a.metadata().published());
        if (published != null) {
            return new Dated(published, Source.PUBLISHED);
        }
        int leadEnd = leadEnd(a.sentences());
        for (TimeExpression t : a.times()) {
            if (t.start() >= leadEnd) {
                continue;
            }
            LocalDate day = day(t.value());
            if (day != null) {
                return new Dated(day, Source.TEXT);
            }
        }
        return Dated.NONE;
    }

    /** Offset where an article's lead ends. */
    private static int leadEnd(List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return LEAD_CHARS;
        }
        return sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1).end();
    }

    /**
     * The day an event is counted by.
     *
     * @param value   the event's TIMEX3 date, or null
     * @param article its article's dated day
     */
    static Dated event(String value, Dated article) {
        String v = value == null ? "" : value.strip();
        LocalDate day = day(v);
        if (day != null) {
            return new Dated(day, Source.EVENT);
        }
        Matcher m = MONTH.matcher(v);
        if (m.find()) {
            LocalDate first = of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            if (first != null) {
                return new Dated(first, Source.EVENT_MONTH);
            }
        }
        if (article.known()) {
            LocalDate resolved = withoutYear(v, article.day());
            if (resolved != null) {
                return new Dated(resolved, Source.EVENT_YEAR_FROM_ARTICLE);
            }
            return new Dated(article.day(), Source.ARTICLE);
        }
        return Dated.NONE;
    }

    /** A day or month the text gave without its year, in the year that puts it nearest the article's day. */
    private static LocalDate withoutYear(String v, LocalDate near) {
        Matcher d = DAY_NO_YEAR.matcher(v);
        Matcher m = MONTH_NO_YEAR.matcher(v);
        boolean wholeMonth = !d.find();
        if (wholeMonth && !m.find()) {
            return null;
        }
        int month = Integer.parseInt(wholeMonth ? m.group(1) : d.group(1));
        int dayOfMonth = wholeMonth ? 1 : Integer.parseInt(d.group(2));
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = near.getYear() - 1; year <= near.getYear() + 1; year++) {
            LocalDate first = of(year, month, dayOfMonth);
            if (first == null) {
                continue;
            }
            LocalDate last = wholeMonth ? YearMonth.from(first).atEndOfMonth() : first;
            long distance = near.isBefore(first) ? ChronoUnit.DAYS.between(near, first)
                    : near.isAfter(last) ? ChronoUnit.DAYS.between(last, near) : 0;
            if (distance < bestDistance) {
                best = first;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The day of a complete TIMEX3 date ("2025-02-18", "2025-04-14TAF"), or null. */
    static LocalDate day(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DAY.matcher(value.strip());
        return m.find() ? of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : null;
    }

    private static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
