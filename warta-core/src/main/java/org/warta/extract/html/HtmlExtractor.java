package org.warta.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.warta.extract.Extractor;
import org.warta.model.Caption;
import org.warta.model.Metadata;
import org.warta.model.RawDocument;
import org.warta.pipeline.Deadline;

/**
 * The main text of a web page. Markup that never holds article text goes first (scripts, forms, hidden
 * elements); then boilerplate that announces itself (navigation, footers, asides, and class names or ids that
 * say comment, share, related, ad, cookie, newsletter...), unless it holds most of the page's prose; then the
 * {@link ContentFinder} picks the body by text density, and the {@link BlockWriter} writes its blocks. Metadata
 * is read from the whole page first. A fragment (a feed item's HTML, with no document around it) is all body.
 */
public final class HtmlExtractor implements Extractor {
    private static final Set<String> JUNK = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "frame", "object", "embed", "video", "audio", "source", "track", "map", "input", "select",
            "textarea", "button", "option", "optgroup", "datalist", "link", "meta", "base", "head", "title", "img",
            "picture", "param", "dialog");
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
    private static final Set<String> NEVER_DROPPED = Set.of("html", "body", "main");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern DOCUMENT_SHELL = Pattern.compile("(?i)<(?:html|body|head|!doctype)[\\s>]");
    /** Below this many characters of text, an extraction is thin enough to try again with fewer cues. */
    private static final int THIN = 250;

    private final HtmlCues cues;

    public HtmlExtractor() {
        this.cues = HtmlCues.defaults();
    }

    @Override
    public Extraction extract(RawDocument raw) {
        String baseUri = raw.source().url() == null ? "" : raw.source().url();
        String html = MarkupPrefilter.strip(raw.content());
        Document doc = Jsoup.parse(html, baseUri);
        Deadline.check();
        PageMetadata.Page page = readAndClean(doc);
        JsonLd ld = JsonLd.read(page.jsonLd);
        Metadata metadata = PageMetadata.read(doc, page, ld, raw.source().url());
        List<String> warnings = new ArrayList<>();
        Element body = doc.body();
        if (!DOCUMENT_SHELL.matcher(html.substring(0, Math.min(html.length(), 4096))).find()) {
            BlockWriter.Written all = BlockWriter.write(List.of(body), PageStats.measure(body), cues,
                    metadata.title(), metadata.declaredLanguage());
            return new Extraction(all.blocks(), all.captions(), metadata, warnings);
        }
        BlockWriter.Written written = mainText(body, metadata, true);
        if (written.chars() < THIN) {
            Deadline.check();
            Document again = Jsoup.parse(html, baseUri);
            removeJunk(again.body());
            BlockWriter.Written loose = mainText(again.body(), metadata, false);
            if (loose.chars() > written.chars()) {
                written = loose;
            }
        }
        if (written.blocks().isEmpty()) {
            warnings.add("no article text found in the page");
        }
        return new Extraction(written.blocks(), written.captions(), metadata, warnings);
    }

    private BlockWriter.Written mainText(Element body, Metadata metadata, boolean dropByCues) {
        PageStats stats = PageStats.measure(body);
        Deadline.check();
        if (dropByCues) {
            dropBoilerplate(body, stats, headline(body));
        }
        List<Element> roots = new ContentFinder(stats, cues).find(body);
        if (roots.isEmpty()) {
            roots = List.of(body);
        }
        BlockWriter.Written written = BlockWriter.write(roots, stats, cues, metadata.title(), metadata.declaredLanguage());
        return written.withLeadingCaptions(captionsAround(roots, stats));
    }

    /**
     * Captions of the article that sit outside the body's roots: the lead photo usually comes before the text,
     * inside the same {@code <article>}.
     */
    private List<Caption> captionsAround(List<Element> roots, PageStats stats) {
        Element article = stats.of(roots.get(0)).article;
        if (article == null || roots.contains(article)) {
            return List.of();
        }
        List<Caption> found = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || roots.contains(e)) {
                    return roots.contains(node) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
                if (e.nameIs("figcaption") || (cues.has(e, HtmlCues.Kind.CAPTION) && stats.of(e).chars < 600)) {
                    Caption c = BlockWriter.caption(e, cues);
                    if (c != null) {
                        found.add(c);
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, article);
        return found;
    }

    /**
     * One walk over the whole page that reads what the metadata needs and removes what never holds article text
     * (as {@link #removeJunk}). Hidden elements and the head go only after the walk: microdata often sits in
     * hidden spans, and the head holds the meta tags.
     */
    private PageMetadata.Page readAndClean(Document doc) {
        PageMetadata.Page page = new PageMetadata.Page(cues);
        List<Element> later = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                page.head(node, depth);
                if (node instanceof Element e) {
                    String name = e.normalName();
                    if (name.equals("head") || (!JUNK.contains(name) && isHidden(e))) {
                        later.add(e);
                    } else if (JUNK.contains(name)) {
                        return FilterResult.REMOVE;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                page.tail(node, depth);
                return FilterResult.CONTINUE;
            }
        }, doc);
        later.forEach(Element::remove);
        return page;
    }

    /** Removes what never holds article text: scripts, styles, embeds, form controls, hidden elements, comments. */
    static void removeJunk(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (node instanceof Element e && e != root && (JUNK.contains(e.normalName()) || isHidden(e))) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    /** The page's first {@code <h1>} with a few words in it: most likely the article's own headline, or null. */
    private static Element headline(Element body) {
        Element h1 = body.selectFirst("h1");
        return h1 != null && h1.text().strip().length() >= 10 ? h1 : null;
    }

    /** An inline element whose block holds more text of its own than the element: it runs inside a sentence. */
    private static boolean withinProse(Element e, PageStats stats) {
        Element block = e.parent();
        while (block != null && !PageStats.isBlock(block)) {
            block = block.parent();
        }
        if (block == null) {
            return false;
        }
        int own = stats.of(block).ownChars;
        int mine = 0;
        String text = e.text();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                mine++;
            }
        }
        return own - mine >= ContentFinder.MIN_PROSE && own >= 2 * mine;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes boilerplate that says what it is. What is boilerplate by nature (comments, share bars, related
     * lists, ads, pop-ups) goes unless it holds half of the page's prose, or a tenth of it with the article's
     * headline (a news site that shows its story in a "modal" layer): a site that names its article "post-comments"
     * keeps its article. Parts of the page frame (navigation, headers, footers, sidebars, bylines) go unless they
     * hold three paragraphs of prose or a third of it: "content-with-sidebar" wraps the article as often as not.
     */
    private void dropBoilerplate(Element body, PageStats stats, Element headline) {
        PageStats.Stats page = stats.of(body);
        double prose = page.chars - page.linkChars;
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || NEVER_DROPPED.contains(e.normalName())) {
                    return FilterResult.CONTINUE;
                }
                if (!PageStats.isBlock(e) && withinProse(e, stats)) {
                    // A word in a sentence whose class says "meta-org" or "dateline" is still part of the sentence.
                    return FilterResult.CONTINUE;
                }
                PageStats.Stats s = stats.of(e);
                double share = prose <= 0 ? 0 : (s.chars - s.linkChars) / prose;
                boolean drop;
                if (cues.has(e, HtmlCues.Kind.DROP)) {
                    drop = share <= 0.5 && !(share >= 0.1 && headline != null && isAncestor(e, headline));
                } else if (BOILERPLATE_TAGS.contains(e.normalName()) || cues.has(e, HtmlCues.Kind.LAYOUT)) {
                    drop = s.proseBlocks < 3 && share <= 0.33;
                } else {
                    drop = false;
                }
                if (!drop) {
                    return FilterResult.CONTINUE;
                }
                doomed.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
        }, body);
        doomed.forEach(stats::remove);
    }
}
