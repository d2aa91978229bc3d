package org.warta.extract.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article body. Every block of prose (enough text, few links) scores by its
 * length and commas; the score flows to its parent in full and, fading, to the ancestors above, so the element
 * where most prose meets wins. The winner's score is discounted by its link density and adjusted by what its
 * class and tag say. Siblings that carry prose of their own join it (an article split into several columns).
 */
final class ContentFinder {
    /** A block needs this many non-space characters to count as prose. */
    static final int MIN_PROSE = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final Pattern ARTICLE_BODY = Pattern.compile("(?i)\\barticleBody\\b");
    /** How far above the chosen element the other parts of a split article are looked for. */
    private static final int GATHER_LEVELS = 6;
    /** Blocks that are a paragraph themselves; any other block holding text is a container of it. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote", "li", "dd", "dt", "h1", "h2",
            "h3", "h4", "h5", "h6", "figcaption", "caption", "th", "address", "summary", "legend");

    private final PageStats stats;
    private final HtmlCues cues;

    ContentFinder(PageStats stats, HtmlCues cues) {
        this.stats = stats;
        this.cues = cues;
    }

    /** The body's roots in document order: the best candidate and the siblings that belong with it; empty if none. */
    List<Element> find(Element body) {
        List<PageStats.Stats> candidates = score();
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingDouble((PageStats.Stats s) -> s.score).reversed());
        PageStats.Stats top = candidates.get(0);
        PageStats.Stats marked = markedBody(candidates);
        top = marked != null ? marked : widen(top, candidates, body);
        return withKindred(top, withSiblings(top), body);
    }

    private List<PageStats.Stats> score() {
        List<PageStats.Stats> candidates = new ArrayList<>();
        List<PageStats.Stats> holders = new ArrayList<>();
        for (PageStats.Stats s : stats.all()) {
            if (s.ownChars - s.ownLinkChars >= MIN_PROSE && s.ownLinkDensity() < 0.5) {
                holders.add(s);
            }
        }
        for (PageStats.Stats h : holders) {
            double points = 1 + h.ownCommas + Math.min(h.ownChars / 100.0, 3.0);
            // Text straight inside a container (a div of text and <br>s) makes the container its paragraph's
            // parent, as if the text were wrapped in a <p>.
            Element ancestor = PARAGRAPHS.contains(h.element.normalName()) ? h.element.parent() : h.element;
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                PageStats.Stats a = stats.of(ancestor);
                if (!a.candidate) {
                    a.candidate = true;
                    a.score = initial(ancestor);
                    candidates.add(a);
                }
                a.score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                ancestor = ancestor.parent();
            }
        }
        Element headline = headlineArticle();
        for (PageStats.Stats c : candidates) {
            c.score *= 1 - c.linkDensity();
            // The <article> that holds the page's headline is the article; other <article>s are teasers.
            if (headline != null && c.article != null && c.article != headline && !isAncestor(c.article, headline)) {
                c.score *= 0.5;
            }
        }
        return candidates;
    }

    private Element headlineArticle() {
        for (PageStats.Stats s : stats.all()) {
            if (s.element.nameIs("h1") && s.chars > 0) {
                return s.article;
            }
        }
        return null;
    }

    private double initial(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        // What a class name says weighs in proportion to the prose there is to back it: a "content" div holding
        // a one-line headline is no article body.
        PageStats.Stats s = stats.of(e);
        double backing = Math.min(1.0, (s.chars - s.linkChars) / 500.0);
        if (cues.has(e, HtmlCues.Kind.KEEP)) {
            score += 25 * backing;
        }
        // schema.org microdata names the article's body outright, in every language.
        if (isArticleBody(e)) {
            score += 50 * backing;
        }
        if (cues.has(e, HtmlCues.Kind.DROP) || cues.has(e, HtmlCues.Kind.LAYOUT)) {
            score -= 25;
        }
        return score;
    }

    /**
     * The best candidate that schema.org microdata names the article's body, when it holds a few paragraphs of
     * prose: a page's markup says which of its texts is the article better than text density can (a photo
     * gallery's fifty captions outweigh a short story).
     */
    private static PageStats.Stats markedBody(List<PageStats.Stats> ranked) {
        for (PageStats.Stats s : ranked) {
            if (isArticleBody(s.element) && s.proseBlocks >= 3 && s.linkDensity() < 0.3) {
                return s;
            }
        }
        return null;
    }

    static boolean isArticleBody(Element e) {
        String itemprop = e.attr("itemprop");
        return !itemprop.isEmpty() && ARTICLE_BODY.matcher(itemprop).find();
    }

    /**
     * When several of the best candidates sit under one ancestor that scores nearly as well, the article is split
     * across them (paragraph groups between ads, columns): the ancestor holds the whole of it.
     */
    private PageStats.Stats widen(PageStats.Stats top, List<PageStats.Stats> ranked, Element body) {
        List<Element> close = new ArrayList<>();
        Element topArticle = top.article;
        for (int i = 1; i < Math.min(ranked.size(), 6); i++) {
            PageStats.Stats other = ranked.get(i);
            Element otherArticle = other.article;
            // Another <article> is another composition (the next post of a listing), not more of this one.
            boolean foreign = topArticle != null && otherArticle != null && otherArticle != topArticle;
            if (other.score >= top.score * 0.75 && !foreign) {
                close.add(other.element);
            }
        }
        if (close.size() >= 2) {
            Element ancestor = top.element.parent();
            while (ancestor != null && ancestor != body) {
                int contained = 0;
                for (Element c : close) {
                    if (isAncestor(ancestor, c)) {
                        contained++;
                    }
                }
                if (contained >= 2) {
                    return stats.of(ancestor);
                }
                ancestor = ancestor.parent();
            }
        }
        // An only child says nothing its parent does not; the parent may hold siblings of the text too.
        PageStats.Stats current = top;
        while (current.element.parent() != null && current.element.parent() != body
                && current.element.parent().childrenSize() == 1) {
            current = stats.of(current.element.parent());
        }
        return current;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private List<Element> withSiblings(PageStats.Stats top) {
        Element parent = top.element.parent();
        if (parent == null) {
            return List.of(top.element);
        }
        double threshold = Math.max(10, top.score * 0.2);
        List<Element> roots = new ArrayList<>();
        String topClass = top.element.className();
        boolean inArticle = top.article != null;
        for (Element sibling : parent.children()) {
            if (sibling == top.element) {
                roots.add(sibling);
                continue;
            }
            if (inArticle && sibling.nameIs("article")) {
                continue;
            }
            PageStats.Stats s = stats.of(sibling);
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? top.score * 0.2 : 0;
            if (s.candidate && s.score + bonus >= threshold) {
                roots.add(sibling);
            } else if (isProse(s)) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    /**
     * An article broken into parts (sections between full-width figures, paragraphs on both sides of an ad slot)
     * shows it in its markup: the other parts carry the class of the chosen element, or of its paragraphs. Such
     * elements a few levels around the roots, holding prose of their own, join them.
     */
    private List<Element> withKindred(PageStats.Stats top, List<Element> roots, Element body) {
        Set<String> kin = new HashSet<>();
        addSignature(kin, top.element);
        for (Element child : top.element.children()) {
            if (child.nameIs("p")) {
                addSignature(kin, child);
            }
        }
        if (kin.isEmpty()) {
            return roots;
        }
        Element scope = top.element;
        for (int level = 0; level < GATHER_LEVELS && scope.parent() != null && scope.parent() != body; level++) {
            scope = scope.parent();
        }
        List<PageStats.Stats> found = new ArrayList<>();
        for (PageStats.Stats s : stats.below(stats.of(scope))) {
            if (kin.contains(signature(s.element)) && isKindredProse(s, top) && outside(s, roots, found)) {
                found.add(s);
            }
        }
        if (found.isEmpty()) {
            return roots;
        }
        List<PageStats.Stats> all = new ArrayList<>();
        roots.forEach(r -> all.add(stats.of(r)));
        all.addAll(found);
        all.sort(Comparator.comparingInt((PageStats.Stats s) -> s.index));
        return all.stream().map(s -> s.element).toList();
    }

    private static void addSignature(Set<String> kin, Element e) {
        if (!e.className().isBlank()) {
            kin.add(signature(e));
        }
    }

    private static String signature(Element e) {
        return e.normalName() + "." + e.className().strip();
    }

    private boolean isKindredProse(PageStats.Stats s, PageStats.Stats top) {
        boolean foreign = top.article != null && s.article != null && s.article != top.article;
        return !foreign && s.chars - s.linkChars >= MIN_PROSE && s.linkDensity() < 0.3;
    }

    /** Neither inside nor around an element already taken. */
    private static boolean outside(PageStats.Stats s, List<Element> roots, List<PageStats.Stats> found) {
        for (Element r : roots) {
            if (r == s.element || isAncestor(r, s.element) || isAncestor(s.element, r)) {
                return false;
            }
        }
        for (PageStats.Stats f : found) {
            if (s.index >= f.index && s.index < f.end) {
                return false;
            }
        }
        return true;
    }

    /** A paragraph beside the article that reads like part of it. */
    private static boolean isProse(PageStats.Stats s) {
        if (!s.element.nameIs("p") && !s.element.nameIs("blockquote")) {
            return false;
        }
        double density = s.linkDensity();
        return (s.chars > 80 && density < 0.25) || (s.chars > 0 && density == 0 && s.element.text().matches(".*[.!?…。]\\s*$"));
    }
}
