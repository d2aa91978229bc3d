package org.warta.extract.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.warta.lang.LanguageProfile;
import org.warta.model.Metadata;

/**
 * Title, publication date, author, site name, canonical URL and declared language of a page, each taken from its
 * most reliable source first: structured data (Open Graph, JSON-LD, article meta tags), then markup
 * ({@code <h1>}, {@code <time datetime>}, {@code <html lang>}), then the URL and the visible byline.
 */
final class PageMetadata {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]{1,2}\\s+");
    private static final Pattern AUTHOR_PROP = Pattern.compile("(?i)(?:^|\\s)author(?:\\s|$)");
    private static final Pattern AUTHOR_NAME_CLASS = Pattern.compile(
            "(?i)(?:^|\\s)(?:author|byline)(?:__|-|_)?(?:name|link)(?:\\s|$)");
    private static final Pattern LANGUAGE = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");
    /** "By", "Oleh", "Par" before an author's name: every pack's byline words ({@code byline} in its manifest). */
    private static final Pattern BY = Pattern.compile("^(?i)(?:" + LanguageProfile.allBylineWords().stream()
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s*:?\\s+");
    private static final String[] DATE_META = {"article:published_time", "og:article:published_time",
            "datepublished", "publishdate", "publish-date", "pubdate", "publication_date", "sailthru.date",
            "parsely-pub-date", "dc.date.issued", "dc.date", "dcterms.created", "date", "og:published_time",
            "article.published", "published-date", "release_date", "cxenseparse:recs:publishtime"};
    private static final String[] AUTHOR_META = {"author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "byl", "citation_author"};

    private PageMetadata() {
    }

    /** What one walk over the page collects for the metadata. */
    static final class Page implements NodeVisitor {
        final Map<String, String> meta = new HashMap<>();
        final List<String> jsonLd = new ArrayList<>();
        private final HtmlCues cues;
        String canonical;
        Element datePublished;
        Element pubdateTime;
        Element articleTime;
        Element anyTime;
        Element articleH1;
        Element anyH1;
        Element authorElement;
        /** An element whose class names it the author's name ("author__name", "author-link", "byline-name"). */
        Element authorName;
        Element body;
        String titleText;
        private int inArticle;

        Page(HtmlCues cues) {
            this.cues = cues;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            switch (e.normalName()) {
                case "meta" -> meta(e);
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        jsonLd.add(e.data());
                    }
                }
                case "link" -> {
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                        String abs = e.absUrl("href");
                        canonical = abs.isEmpty() ? e.attr("href") : abs;
                    }
                }
                case "time" -> {
                    if (e.hasAttr("datetime")) {
                        if (pubdateTime == null && e.hasAttr("pubdate")) {
                            pubdateTime = e;
                        }
                        if (articleTime == null && inArticle > 0) {
                            articleTime = e;
                        }
                        if (anyTime == null) {
                            anyTime = e;
                        }
                    }
                }
                case "h1" -> {
                    if (articleH1 == null && inArticle > 0) {
                        articleH1 = e;
                    }
                    if (anyH1 == null) {
                        anyH1 = e;
                    }
                }
                case "article", "main" -> inArticle++;
                case "title" -> titleText = titleText == null ? e.text() : titleText;
                case "body" -> body = body == null ? e : body;
                default -> {
                }
            }
            if (e.hasAttr("itemprop")) {
                String prop = e.attr("itemprop");
                if (datePublished == null && prop.equalsIgnoreCase("datePublished") && !e.nameIs("meta")) {
                    datePublished = e;
                }
                // itemprop holds a space-separated list of names ("author creator").
                if (authorElement == null && AUTHOR_PROP.matcher(prop).find()) {
                    authorElement = e;
                }
            } else if (authorElement == null && e.attr("rel").equalsIgnoreCase("author")) {
                authorElement = e;
            }
            if (authorName == null && e.hasAttr("class") && AUTHOR_NAME_CLASS.matcher(e.className()).find()) {
                authorName = e;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && (e.nameIs("article") || e.nameIs("main"))) {
                inArticle--;
            }
        }

        private void meta(Element m) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                return;
            }
            for (String key : new String[] {m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv")}) {
                if (!key.isEmpty()) {
                    meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                }
            }
        }
    }

    /** The page's metadata; {@code pageUrl} is where it was fetched from, when known. */
    static Metadata read(Document doc, Page page, JsonLd ld, String pageUrl) {
        Map<String, String> meta = page.meta;
        String site = first(meta.get("og:site_name"), ld.publisher(), meta.get("application-name"));
        Element root = doc.firstElementChild();
        String language = language(first(root == null ? null : root.attr("lang"),
                meta.get("content-language"), meta.get("og:locale"), ld.inLanguage()));
        String base = pageUrl != null ? pageUrl : doc.location();
        String url = first(absolute(page.canonical, base), absolute(meta.get("og:url"), base), absolute(ld.url(), base), pageUrl);
        String title = title(doc, page, ld, site);
        String published = published(page, ld, url, pageUrl, language);
        String author = author(page, ld);
        return new Metadata(title, false, published, author, site, url, language);
    }

    static String title(Document doc, Page page, JsonLd ld, String site) {
        String og = first(page.meta.get("og:title"), page.meta.get("twitter:title"));
        if (og != null) {
            return withoutSiteName(og, site, false);
        }
        if (ld.headline() != null) {
            return ld.headline();
        }
        Element h1 = page.articleH1 != null ? page.articleH1 : page.anyH1;
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return withoutSiteName(page.titleText, site, true);
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

    static String published(Page page, JsonLd ld, String url, String pageUrl, String language) {
        String d = PageDates.normalize(ld.datePublished());
        for (int i = 0; d == null && i < DATE_META.length; i++) {
            d = PageDates.normalize(page.meta.get(DATE_META[i]));
        }
        if (d == null && page.datePublished != null) {
            Element e = page.datePublished;
            d = PageDates.normalize(first(e.attr("datetime"), e.attr("content")));
        }
        for (Element time : new Element[] {page.pubdateTime, page.articleTime, page.anyTime}) {
            if (d == null && time != null) {
                d = PageDates.normalize(time.attr("datetime"));
            }
        }
        if (d == null) {
            d = PageDates.fromUrl(url);
        }
        if (d == null && pageUrl != null && !pageUrl.equals(url)) {
            d = PageDates.fromUrl(pageUrl);
        }
        if (d == null) {
            d = byline(page, language);
        }
        return d;
    }

    /** Up to 60 elements whose class or id speaks of a date, time or byline. */
    private static List<Element> dateCued(Page page) {
        List<Element> found = new ArrayList<>();
        Element body = page.body;
        if (body == null) {
            return found;
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != body && page.cues.has(e, HtmlCues.Kind.DATE)) {
                    found.add(e);
                    return found.size() >= 60 ? FilterResult.STOP : FilterResult.SKIP_CHILDREN;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return found;
    }

    /** A human-written date in an element that looks like a byline or dateline, else in the text after the h1. */
    private static String byline(Page page, String language) {
        for (Element e : dateCued(page)) {
            String text = e.text();
            if (text.isEmpty() || text.length() > 300) {
                continue;
            }
            String d = PageDates.fromText(text, language);
            if (d != null) {
                return d;
            }
        }
        Element h1 = page.articleH1 != null ? page.articleH1 : page.anyH1;
        if (h1 != null) {
            StringBuilder after = new StringBuilder();
            for (Element next = h1.nextElementSibling(); next != null && after.length() < 400; next = next.nextElementSibling()) {
                after.append(next.text()).append(' ');
            }
            return PageDates.fromText(after.toString(), language);
        }
        return null;
    }

    static String author(Page page, JsonLd ld) {
        String a = ld.author();
        for (int i = 0; a == null && i < AUTHOR_META.length; i++) {
            String v = page.meta.get(AUTHOR_META[i]);
            if (v != null && !v.startsWith("http")) {
                a = v;
            }
        }
        if (a == null) {
            Element e = page.authorElement;
            // A microdata Person says which of its texts is the name.
            Element name = e == null ? null : e.selectFirst("[itemprop=name]");
            if (name != null && !name.text().isBlank() && name.text().length() < 120) {
                a = name.text();
            } else if (e != null && !e.text().isBlank() && e.text().length() < 120) {
                a = e.text();
            }
        }
        if (a == null) {
            Element e = page.authorName;
            if (e != null && !e.text().isBlank() && e.text().length() < 80) {
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

    /** The URL made absolute against the page's own, or null when it cannot be an article's http(s) address. */
    static String absolute(String candidate, String base) {
        if (candidate == null || candidate.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(candidate.strip().replace(" ", "%20"));
            if (!uri.isAbsolute() && base != null && !base.isBlank()) {
                uri = new URI(base.strip().replace(" ", "%20")).resolve(uri);
            }
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) ? uri.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
