package org.warta.time;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.warta.lang.LanguageProfile;
import org.warta.model.Article;
import org.warta.model.Metadata;
import org.warta.model.Removal;
import org.warta.model.TimeExpression;

/**
 * Reads the publication date of an article whose input gave none from the article itself: a date in its URL's path
 * ({@code /2025/05/07/}, {@code 2025-05-07}, {@code 20250507}), else a dateline or byline line with a full date
 * ("Posted October 29, 2025 08:14", "13.10.2025 - 19:51", "Selasa, 14 Oktober 2025 – 00:50 WIB"), in the text's
 * first lines or among the lines the clean stage removed. Such a line is short and mostly date: a sentence that
 * merely names a day is not taken for one. Nothing here reads the clock.
 */
final class PublicationDates {
    /** A publication date and where it was read: {@link Metadata#FROM_URL} or {@link Metadata#FROM_TEXT}. */
    record Found(String value, LocalDate date, String from) {
    }

    private static final Pattern URL_DATES = Pattern.compile(
            "(?<![\\p{Nd}])(?<y>(?:19|20)\\d\\d)(?:/(?<m1>\\d\\d?)/(?<d1>\\d\\d?)(?=/|$|[^\\p{Nd}])"
                    + "|/(?<m4>\\d\\d)(?<d4>\\d\\d)(?=/)"
                    + "|[-_](?<m2>\\d\\d)[-_](?<d2>\\d\\d)|(?<m3>\\d\\d)(?<d3>\\d\\d))(?![\\p{Nd}])");
    /** The ISO 8601 forms a tagged value may be published as; anything finer-grained is cut to its day. */
    private static final Pattern ISO_VALUE = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:Z|[+-]\\d{2}:\\d{2})?)?");
    private static final Pattern DAY_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** A clock time on a day the text does not name: its day comes from elsewhere. */
    private static final Pattern CLOCK = Pattern.compile("(?:XXXX-XX-XX)?(T\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:\\d{2})?)");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    /** How many of the text's first lines may be its dateline. */
    private static final int HEAD_LINES = 8;
    /** A dateline is a short line. */
    private static final int LONGEST_LINE = 120;
    /** Letters a dateline may carry besides its date: "Posted", "Updated:", a section name, a weekday. */
    private static final int MOST_OTHER_LETTERS = 24;
    /** Letters a date at the edge of a longer line may have beside it: "date", "Stand:", "Uhr". */
    private static final int EDGE_LETTERS = 6;
    private static final String RELATED = "related-link";
    private static final Set<String> BYLINE_WORDS = LanguageProfile.allBylineWords().stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    private static final String SENTENCE_END = ".!?\u3002\u0964\u061F";

    private PublicationDates() {
    }

    static Optional<Found> find(Article article, TimeTagger tagger) {
        Optional<Found> fromUrl = fromUrl(article.metadata().url());
        if (fromUrl.isEmpty() && article.source() != null) {
            fromUrl = fromUrl(article.source().url());
        }
        Optional<Found> fromText = fromLines(candidateLines(article), article.language().code(), tagger);
        if (fromUrl.isEmpty()) {
            return fromText;
        }
        // a URL gives the day; a dateline of the same day may also give the time
        boolean sameDayWithTime = fromText.isPresent() && fromText.get().date().equals(fromUrl.get().date())
                && fromText.get().value().length() > fromUrl.get().value().length();
        return sameDayWithTime ? fromText : fromUrl;
    }

    static Optional<Found> fromUrl(String url) {
        String path = path(url);
        if (path == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATES.matcher(path);
        while (m.find()) {
            String month = first(m, "m1", "m2", "m3", "m4");
            String day = first(m, "d1", "d2", "d3", "d4");
            Optional<LocalDate> date = date(m.group("y"), month, day);
            if (date.isPresent()) {
                return Optional.of(new Found(date.get().toString(), date.get(), Metadata.FROM_URL));
            }
        }
        return Optional.empty();
    }

    /**
     * A line that may be a dateline, and how it may show one: a short line mostly date, or also a date at the line's
     * start ("date 2025-10-26 Timor-Leste joins ASEAN", the first line of a stored page) or, in a headline, at its
     * end ("... Stand: 24.06.2025 05:04 Uhr").
     */
    record Line(String text, boolean dateAtStart, boolean dateAtEnd, boolean headline) {
        static Line plain(String text) {
            return new Line(text, false, false, false);
        }
    }

    /** The first line that is a dateline, in the order given. */
    static Optional<Found> fromLines(List<Line> lines, String language, TimeTagger tagger) {
        for (Line line : lines) {
            String l = line.text().strip();
            boolean edges = line.dateAtStart() || line.dateAtEnd();
            if (l.isEmpty() || (!edges && l.length() > LONGEST_LINE)) {
                continue;
            }
            List<TimeExpression> times = tagger.tag(l, language, null);
            Optional<Found> found = dateline(l, times, line);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a line is a dateline of the page rather than a line of the article: short, not a sentence, at least
     * half of it a date or clock time, few letters besides, not opening in lower case ("13.10.2025 - 19:51", "Updated October 29, 2025 08:14", "수정 :
     * 2025.09.09 19:54").
     */
    static boolean isDateline(String text, List<TimeExpression> times) {
        if (text.isEmpty() || text.length() > LONGEST_LINE
                || times.stream().noneMatch(t -> t.type().equals("DATE") || t.type().equals("TIME"))) {
            return false;
        }
        boolean[] covered = new boolean[text.length()];
        for (TimeExpression t : times) {
            for (int i = t.start(); i < t.end() && i < covered.length; i++) {
                covered[i] = true;
            }
        }
        int dated = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                visible++;
                dated += covered[i] ? 1 : 0;
            }
        }
        // most of it date, so that a headline about "this year" is none; a line going on in lower case ends a
        // sentence of the line before it
        return 2 * dated >= visible && !continues(text) && !sentence(text, covered)
                && letters(text, covered, 0, text.length()) <= MOST_OTHER_LETTERS;
    }

    private static boolean continues(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    private static Optional<Found> dateline(String text, List<TimeExpression> times, Line line) {
        boolean[] covered = new boolean[text.length()];
        for (TimeExpression t : times) {
            for (int i = t.start(); i < t.end() && i < covered.length; i++) {
                covered[i] = true;
            }
        }
        // a headline is short too: it is a dateline when it also gives the clock time, as headlines never do
        boolean shortLine = (!line.headline() || times.stream().anyMatch(t -> t.type().equals("TIME")))
                && text.length() <= LONGEST_LINE && !sentence(text, covered)
                && letters(text, covered, 0, text.length()) <= MOST_OTHER_LETTERS;
        for (TimeExpression t : times) {
            if (!FULL_DATE.matcher(t.value()).matches()) {
                continue;
            }
            // "Sáng 3/2/2017, trong ..." opens a lede's sentence: the date of what it tells, not a dateline
            boolean atStart = line.dateAtStart() && letters(text, covered, 0, t.start()) <= EDGE_LETTERS
                    && !followedByComma(text, t.end());
            boolean atEnd = line.dateAtEnd() && setApart(text, t.start()) && !sentence(text, covered)
                    && letters(text, covered, t.end(), text.length()) <= EDGE_LETTERS;
            if (shortLine || atStart || atEnd || byline(text, covered)) {
                return found(withClock(t, times));
            }
        }
        return Optional.empty();
    }

    /** A day and the clock time the line gives after it ("13.10.2025 - 19:51"): the date-time they make. */
    private static String withClock(TimeExpression day, List<TimeExpression> times) {
        if (!DAY_ONLY.matcher(day.value()).matches()) {
            return day.value();
        }
        for (TimeExpression t : times) {
            Matcher clock = CLOCK.matcher(t.value());
            if (t.start() >= day.end() && clock.matches()) {
                return day.value() + clock.group(1);
            }
        }
        return day.value();
    }

    private static Optional<Found> found(String value) {
        Matcher m = FULL_DATE.matcher(value);
        m.matches();
        Optional<LocalDate> day = date(m.group(1), m.group(2), m.group(3));
        if (day.isEmpty()) {
            return Optional.empty();
        }
        Matcher iso = ISO_VALUE.matcher(value);
        String published = iso.lookingAt() ? iso.group() : day.get().toString();
        return Optional.of(new Found(published, day.get(), Metadata.FROM_TEXT));
    }

    /**
     * Whether a date at a headline's end is set apart from it ("... Iran Stand: 24.06.2025", "... | 2025-06-13"),
     * not the end of its sentence ("Attack on April 22, 2025").
     */
    private static boolean setApart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || !Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean followedByComma(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '\uFF0C' || text.charAt(i) == '\u060C');
    }

    /**
     * A byline with its date ("By MkiniBM in July 26, 2025 – Reading time 2 minute"): a short line opening with a
     * byline word of any language's manifest.
     */
    private static boolean byline(String text, boolean[] covered) {
        if (text.length() > LONGEST_LINE || sentence(text, covered)) {
            return false;
        }
        int space = text.indexOf(' ');
        return space > 0 && BYLINE_WORDS.contains(text.substring(0, space).toLowerCase(Locale.ROOT));
    }

    /**
     * A line that ends as a sentence does and has words besides its date ("The attack came on April 22, 2025."), not
     * a dateline ("2025.08.30. 오후 3:16.").
     */
    private static boolean sentence(String text, boolean[] covered) {
        int last = text.length() - 1;
        return !covered[last] && SENTENCE_END.indexOf(text.charAt(last)) >= 0
                && letters(text, covered, 0, text.length()) > EDGE_LETTERS;
    }

    private static int letters(String line, boolean[] covered, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!covered[i] && Character.isLetter(line.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * The lines removed as boilerplate (bylines and datelines among them; not links to other articles, whose dates
     * are theirs), the headline, then the text's first lines.
     */
    private static List<Line> candidateLines(Article article) {
        List<Line> lines = new ArrayList<>();
        int removed = 0;
        for (Removal r : article.removed()) {
            if (!RELATED.equals(r.reason())) {
                for (String l : r.text().split("\n")) {
                    // the first lines taken out are the page's head, where a stored page's dateline opens a line
                    lines.add(new Line(l, removed++ < HEAD_LINES, false, false));
                }
            }
        }
        String title = article.metadata().title();
        if (title != null) {
            lines.add(new Line(title, true, true, true));
        }
        String text = article.text() == null ? "" : article.text();
        int taken = 0;
        for (String line : text.split("\n", HEAD_LINES * 4)) {
            if (taken == HEAD_LINES) {
                break;
            }
            if (!line.isBlank()) {
                lines.add(new Line(line, taken == 0, false, false));
                taken++;
            }
        }
        return lines;
    }

    private static String path(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            return uri.getRawPath();
        } catch (URISyntaxException e) {
            int scheme = url.indexOf("://");
            int slash = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
            return slash < 0 ? null : url.substring(slash);
        }
    }

    private static String first(Matcher m, String... groups) {
        for (String g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
