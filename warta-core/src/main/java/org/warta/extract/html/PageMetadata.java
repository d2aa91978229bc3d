package org.warta.extract.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.warta.model.Metadata;

/**
 * Title, publication date, author, site name, canonical URL and declared language of a page, each taken from its
 * most reliable source first: structured data (Open Graph, JSON-LD, article meta tags), then markup
 * ({@code <h1>}, {@code <time datetime>}, {@code <html lang>}), then the URL and the visible byline.
 */
final class PageMetadata {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]{1,2}\\s+");
    private static final Pattern LANGUAGE = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");
    private static final Pattern BY = Pattern.compile("^(?i)(?:by|oleh|par|von|por|bởi|автор)\\s*:?\\s+");
    private static final String[] DATE_META = {"article:published_time", "og:article:published_time",
            "datepublished", "publishdate", "publish-date", "pubdate", "publication_date", "sailthru.date",
            "parsely-pub-date", "dc.date.issued", "dc.date", "dcterms.created", "date", "og:published_time",
            "article.published", "published-date", "release_date", "cxenseparse:recs:publishtime"};
    private static final String[] AUTHOR_META = {"author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "byl", "citation_author"};

    private PageMetadata() {
    }

    /** The page's metadata; {@code pageUrl} is where it was fetched from, when known. */
    static Metadata read(Document doc, JsonLd ld, String pageUrl, HtmlCues cues) {
        Map<String, String> meta = metaTags(doc);
        String site = first(meta.get("og:site_name"), ld.publisher(), meta.get("application-name"));
        String language = language(first(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta.get("content-language"), meta.get("og:locale"), ld.inLanguage()));
        String url = first(absolute(doc.selectFirst("link[rel~=(?i)^canonical$][href]")), meta.get("og:url"), ld.url(), pageUrl);
        String title = title(doc, meta, ld, site);
        String published = published(doc, meta, ld, url, pageUrl, language, cues);
        String author = author(doc, meta, ld);
        return new Metadata(title, false, published, author, site, url, language);
    }

    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv")}) {
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return meta;
    }

    static String title(Document doc, Map<String, String> meta, JsonLd ld, String site) {
        String og = first(meta.get("og:title"), meta.get("twitter:title"));
        if (og != null) {
            return withoutSiteName(og, site, false);
        }
        if (ld.headline() != null) {
            return ld.headline();
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return withoutSiteName(doc.title(), site, true);
    }

    /**
     * "Headline | Site", "Headline - Site" and "Site: Headline" give "Headline". A part equal to the site name goes;
     * without a site name, the shorter end part of a {@code <title>} goes when it looks like a name (four words
     * or fewer).
     */
    static String withoutSiteName(String title, String site, boolean guess) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        String[] parts = TITLE_SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        String last = parts[parts.length - 1].strip();
        String firstPart = parts[0].strip();
        if (site != null && sameName(last, site)) {
            return t.substring(0, t.lastIndexOf(last)).replaceAll(TITLE_SEPARATOR.pattern() + "$", "").strip();
        }
        if (site != null && sameName(firstPart, site)) {
            return t.substring(t.indexOf(firstPart) + firstPart.length()).replaceAll("^" + TITLE_SEPARATOR.pattern(), "").strip();
        }
        if (guess && last.split("\\s+").length <= 4 && last.length() * 2 < t.length()) {
            String rest = t.substring(0, t.lastIndexOf(last));
            return rest.replaceAll("\\s+[|\\-–—:·•»/]{1,2}\\s*$", "").strip();
        }
        return t;
    }

    private static boolean sameName(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return !x.isEmpty() && (x.equals(y) || x.startsWith(y) || y.startsWith(x));
    }

    static String published(Document doc, Map<String, String> meta, JsonLd ld, String url, String pageUrl,
                            String language, HtmlCues cues) {
        String d = PageDates.normalize(ld.datePublished());
        for (int i = 0; d == null && i < DATE_META.length; i++) {
            d = PageDates.normalize(meta.get(DATE_META[i]));
        }
        if (d == null) {
            d = timeElement(doc);
        }
        if (d == null) {
            d = PageDates.fromUrl(url);
        }
        if (d == null && pageUrl != null && !pageUrl.equals(url)) {
            d = PageDates.fromUrl(pageUrl);
        }
        if (d == null) {
            d = byline(doc, language, cues);
        }
        return d;
    }

    private static String timeElement(Document doc) {
        Element itemprop = doc.selectFirst("[itemprop=datePublished]");
        if (itemprop != null) {
            String d = PageDates.normalize(first(itemprop.attr("datetime"), itemprop.attr("content")));
            if (d != null) {
                return d;
            }
        }
        Element time = doc.selectFirst("time[pubdate][datetime], article time[datetime], main time[datetime], time[datetime]");
        return time == null ? null : PageDates.normalize(time.attr("datetime"));
    }

    /** A human-written date in an element that looks like a byline or dateline, else in the text after the h1. */
    private static String byline(Document doc, String language, HtmlCues cues) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        int looked = 0;
        for (Element e : body.getAllElements()) {
            if (looked > 40) {
                break;
            }
            if (e == body || !cues.has(e, HtmlCues.Kind.DATE)) {
                continue;
            }
            String text = e.text();
            if (text.isEmpty() || text.length() > 300) {
                continue;
            }
            looked++;
            String d = PageDates.fromText(text, language);
            if (d != null) {
                return d;
            }
        }
        Element h1 = body.selectFirst("h1");
        if (h1 != null) {
            StringBuilder after = new StringBuilder();
            for (Element next = h1.nextElementSibling(); next != null && after.length() < 400; next = next.nextElementSibling()) {
                after.append(next.text()).append(' ');
            }
            return PageDates.fromText(after.toString(), language);
        }
        return null;
    }

    static String author(Document doc, Map<String, String> meta, JsonLd ld) {
        String a = ld.author();
        for (int i = 0; a == null && i < AUTHOR_META.length; i++) {
            String v = meta.get(AUTHOR_META[i]);
            if (v != null && !v.startsWith("http")) {
                a = v;
            }
        }
        if (a == null) {
            Element e = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
            if (e != null && !e.text().isBlank() && e.text().length() < 120) {
                a = e.text();
            }
        }
        return a == null ? null : BY.matcher(a.strip()).replaceFirst("").strip();
    }

    static String language(String declared) {
        if (declared == null) {
            return null;
        }
        var m = LANGUAGE.matcher(declared.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String absolute(Element link) {
        if (link == null) {
            return null;
        }
        String abs = link.absUrl("href");
        return abs.isEmpty() ? link.attr("href") : abs;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    static boolean hasAny(Elements e) {
        return e != null && !e.isEmpty();
    }
}
