package org.warta.io.gdelt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warta.cameo.CameoCodes;
import org.warta.model.Article;
import org.warta.model.Event;

/**
 * Maps an article's events to GDELT 2.0 Event rows. The mapping (docs/gdelt-export.md):
 * GLOBALEVENTID is a stable number from the article id and the event's position; the dates come from the
 * event's date when it is a full day, else the publication date; actor codes are split into country, known group
 * (for IGO/NGO codes) and role types; IsRootEvent is 1 for events in the first paragraph; mention and source counts
 * are 1 (one article); AvgTone and coordinates are left empty; ActionGeo_FullName is the stated place. Only events
 * that happened or are announced (ASSERTED, FUTURE) become rows: a GDELT row says an event took place, so negated,
 * hypothetical and claimed ones stay in the JSON output only. A mutual event is two rows, one each way.
 */
public final class GdeltExport implements java.io.Serializable {
    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DATEADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private final LocalDateTime added;
    private final LocalDate fallbackDate;

    public GdeltExport(LocalDateTime added) {
        this(added, null);
    }

    /** @param fallbackDate the day of events when neither the event nor the article gives one (a reference date), or null */
    public GdeltExport(LocalDateTime added, LocalDate fallbackDate) {
        this.added = added;
        this.fallbackDate = fallbackDate;
    }

    public static GdeltExport now() {
        return new GdeltExport(LocalDateTime.now(ZoneOffset.UTC).withNano(0));
    }

    /** This export, dating events that have no day of their own and no publication date by {@code date}. */
    public GdeltExport withFallbackDate(LocalDate date) {
        return new GdeltExport(added, date);
    }

    public List<GdeltRow> rows(Article article) {
        List<GdeltRow> rows = new ArrayList<>();
        int firstParagraphEnd = article.paragraphSpans().isEmpty() ? 0 : article.paragraphSpans().get(0)[1];
        for (int i = 0; i < article.events().size(); i++) {
            Event e = article.events().get(i);
            if (e.status().happens()) {
                rows.add(row(article, e, eventId(article.id(), String.valueOf(i)), firstParagraphEnd));
                if (e.mutual()) {
                    // GDELT has no two-way event: actors who act on each other are a row in each direction
                    rows.add(row(article, e.reversed(), eventId(article.id(), i + "r"), firstParagraphEnd));
                }
            }
        }
        return rows;
    }

    private GdeltRow row(Article article, Event e, long id, int firstParagraphEnd) {
        GdeltRow r = new GdeltRow();
        r.set(GdeltColumn.GLOBALEVENTID, id);
        LocalDate date = day(e.date());
        if (date == null) {
            date = day(article.metadata().published());
        }
        if (date == null) {
            date = fallbackDate; // "in 2016": a year names no day; GDELT dates such an event by its article
        }
        if (date != null) {
            r.set(GdeltColumn.SQLDATE, date.format(SQLDATE));
            r.set(GdeltColumn.MonthYear, String.format(Locale.ROOT, "%04d%02d", date.getYear(), date.getMonthValue()));
            r.set(GdeltColumn.Year, date.getYear());
            r.set(GdeltColumn.FractionDate, String.format(Locale.ROOT, "%.4f",
                    date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear()));
        }
        actor(r, e.actor1(), 1);
        actor(r, e.actor2(), 2);
        r.set(GdeltColumn.IsRootEvent, e.start() < firstParagraphEnd ? 1 : 0);
        r.set(GdeltColumn.EventCode, e.code());
        r.set(GdeltColumn.EventBaseCode, CameoCodes.event(e.code()).map(CameoCodes.EventCode::base).orElse(e.code()));
        r.set(GdeltColumn.EventRootCode, e.rootCode());
        r.set(GdeltColumn.QuadClass, e.quadClass());
        r.set(GdeltColumn.GoldsteinScale, e.goldstein());
        r.set(GdeltColumn.NumMentions, 1);
        r.set(GdeltColumn.NumSources, 1);
        r.set(GdeltColumn.NumArticles, 1);
        r.set(GdeltColumn.Actor1Geo_Type, 0);
        r.set(GdeltColumn.Actor2Geo_Type, 0);
        if (e.place() != null) {
            r.set(GdeltColumn.ActionGeo_Type, 1);
            r.set(GdeltColumn.ActionGeo_FullName, e.place());
        } else {
            r.set(GdeltColumn.ActionGeo_Type, 0);
        }
        r.set(GdeltColumn.DATEADDED, added.format(DATEADDED));
        String url = article.metadata().url() != null ? article.metadata().url() : article.source().url();
        r.set(GdeltColumn.SOURCEURL, url != null ? url : article.source().path());
        return r;
    }

    /** Splits "RUSGOV" into country RUS and type GOV, "IGOUNO" into type IGO and known group UNO. */
    private static void actor(GdeltRow r, Event.Actor a, int which) {
        if (a == null) {
            return;
        }
        GdeltColumn base = which == 1 ? GdeltColumn.Actor1Code : GdeltColumn.Actor2Code;
        r.set(col(base, 0), a.code());
        r.set(col(base, 1), a.name() == null ? null : a.name().toUpperCase(Locale.ROOT));
        String code = a.code() == null ? "" : a.code();
        List<String> types = new ArrayList<>();
        String rest = code;
        if (a.country() != null && code.startsWith(a.country())) {
            r.set(col(base, 2), a.country());
            rest = code.substring(a.country().length());
        } else if (a.country() != null) {
            r.set(col(base, 2), a.country());
        }
        if (rest.startsWith("IGO") || rest.startsWith("NGO") || rest.startsWith("IMG") || rest.startsWith("NGM")) {
            types.add(rest.substring(0, 3));
            if (rest.length() >= 6) {
                r.set(col(base, 3), rest.substring(3, 6));
            }
            rest = "";
        }
        for (int i = 0; i + 3 <= rest.length(); i += 3) {
            types.add(rest.substring(i, i + 3));
        }
        for (int t = 0; t < Math.min(3, types.size()); t++) {
            r.set(col(base, 7 + t), types.get(t));
        }
    }

    private static GdeltColumn col(GdeltColumn base, int offset) {
        return GdeltColumn.values()[base.ordinal() + offset];
    }

    private static LocalDate day(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static long eventId(String articleId, String index) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((articleId + "#" + index).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 7; i++) {
                v = (v << 8) | (h[i] & 0xFF);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
