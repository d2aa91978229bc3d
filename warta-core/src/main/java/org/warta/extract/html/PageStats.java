package org.warta.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element of a page, counted in one iterative walk (no recursion, so a page nested
 * 100,000 levels deep is measured like any other): characters of text and of link text in the subtree, and for
 * each block the text it holds itself (its inline content, not its nested blocks), with the commas in it.
 */
final class PageStats {
    /** Elements that start a new block of text; everything else is inline. */
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "td", "th", "li", "dd", "dt",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "ul", "ol", "dl", "table",
            "tr", "tbody", "thead", "tfoot", "caption", "header", "footer", "form", "center", "body", "html", "address",
            "details", "summary", "fieldset", "hr", "nav", "aside", "menu", "dialog", "hgroup", "legend", "frameset");

    /** Measures of one element. */
    static final class Stats {
        final Element element;
        /** Non-space characters of text in the subtree, and those inside links. */
        int chars;
        int linkChars;
        /** Links in the subtree. */
        int links;
        /** Text held directly by this block (inline descendants included, nested blocks not). */
        int ownChars;
        int ownLinkChars;
        int ownCommas;
        /** Blocks of prose in the subtree: 80 or more characters of text that is mostly not links. */
        int proseBlocks;
        /** Content score gathered from the blocks below (see {@link ContentFinder}). */
        double score;
        boolean candidate;
        /** Table bookkeeping: a cell below holds a lot of text or a table, so its table lays out a page. */
        boolean bigCell;
        boolean hasTable;
        boolean layoutTable;
        /** Position in document order, and the end of the subtree's range of positions. */
        int index;
        int end;
        boolean removed;
        /** The nearest {@code <article>} at or above the element, or null. */
        Element article;

        Stats(Element element) {
            this.element = element;
        }

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        double ownLinkDensity() {
            return ownChars == 0 ? 0 : (double) ownLinkChars / ownChars;
        }
    }

    /** Walking up from removed elements stops adjusting ancestors past this many steps (pathological nesting). */
    private static final int MAX_ADJUST_STEPS = 2_000_000;
    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final List<Stats> order = new ArrayList<>();
    private int adjustSteps;

    private PageStats() {
    }

    static PageStats measure(Element root) {
        PageStats page = new PageStats();
        NodeTraversor.traverse(page.new Counter(), root);
        return page;
    }

    Stats of(Element e) {
        Stats s = stats.get(e);
        return s != null ? s : new Stats(e);
    }

    /** The measures of the elements below {@code s} still in the page, in document order. */
    List<Stats> below(Stats s) {
        List<Stats> out = new ArrayList<>();
        if (stats.get(s.element) != s) {
            return out;
        }
        for (int i = s.index + 1; i < s.end; i++) {
            if (!order.get(i).removed) {
                out.add(order.get(i));
            }
        }
        return out;
    }

    /** The measures of every element still in the page, in document order. */
    List<Stats> all() {
        List<Stats> out = new ArrayList<>(order.size());
        for (Stats s : order) {
            if (!s.removed) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Takes an element out of the page and out of the measures: its subtree's positions are marked removed, and
     * its text is subtracted from its ancestors (and from the block that held it, when it sat inline).
     */
    void remove(Element e) {
        Stats s = stats.get(e);
        if (s == null) {
            e.remove();
            return;
        }
        for (int i = s.index; i < s.end; i++) {
            order.get(i).removed = true;
        }
        boolean holderFound = isBlock(e);
        for (Element a = e.parent(); a != null && adjustSteps < MAX_ADJUST_STEPS; a = a.parent(), adjustSteps++) {
            Stats as = stats.get(a);
            if (as == null) {
                break;
            }
            as.chars -= s.chars;
            as.linkChars -= s.linkChars;
            as.proseBlocks -= s.proseBlocks;
            as.links -= s.links;
            if (!holderFound && isBlock(a)) {
                as.ownChars = Math.max(0, as.ownChars - s.chars);
                as.ownLinkChars = Math.max(0, as.ownLinkChars - s.linkChars);
                holderFound = true;
            }
        }
        e.remove();
    }

    static boolean isBlock(Element e) {
        String name = e.normalName();
        return BLOCKS.contains(name) || name.indexOf('-') > 0;
    }

    private final class Counter implements NodeVisitor {
        private final Deque<Stats> blocks = new ArrayDeque<>();
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                Stats s = new Stats(e);
                Stats parent = e.parent() == null ? null : stats.get(e.parent());
                s.article = e.nameIs("article") ? e : parent == null ? null : parent.article;
                s.index = order.size();
                order.add(s);
                stats.put(e, s);
                if (isBlock(e) || blocks.isEmpty()) {
                    blocks.push(s);
                }
                if (e.nameIs("a")) {
                    linkDepth++;
                }
            } else if (node instanceof TextNode t && !blocks.isEmpty()) {
                String text = t.getWholeText();
                int n = 0;
                int commas = 0;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (!Character.isWhitespace(c) && c != '\u00A0') {
                        n++;
                        if (c == ',' || c == '，' || c == '、' || c == '،') {
                            commas++;
                        }
                    }
                }
                if (n == 0) {
                    return;
                }
                Stats holder = blocks.peek();
                holder.ownChars += n;
                holder.ownCommas += commas;
                if (linkDepth > 0) {
                    holder.ownLinkChars += n;
                }
                Node parent = t.parent();
                if (parent instanceof Element pe) {
                    Stats ps = stats.get(pe);
                    if (ps != null) {
                        ps.chars += n;
                        if (linkDepth > 0) {
                            ps.linkChars += n;
                        }
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            Stats s = stats.get(e);
            s.end = order.size();
            if (!blocks.isEmpty() && blocks.peek() == s) {
                blocks.pop();
            }
            if (e.nameIs("a")) {
                linkDepth--;
                s.links++;
            }
            String name = e.normalName();
            if ((name.equals("td") || name.equals("th")) && (s.chars > 300 || s.hasTable)) {
                s.bigCell = true;
            }
            if (name.equals("table")) {
                s.layoutTable = s.bigCell;
            }
            if (s.ownChars - s.ownLinkChars >= 80 && s.ownLinkDensity() < 0.3) {
                s.proseBlocks++;
            }
            Element parent = e.parent();
            Stats ps = parent == null ? null : stats.get(parent);
            if (ps != null) {
                ps.proseBlocks += s.proseBlocks;
                ps.links += s.links;
                ps.chars += s.chars;
                ps.linkChars += s.linkChars;
                if (name.equals("table")) {
                    ps.hasTable = true;
                } else {
                    ps.bigCell |= s.bigCell;
                    ps.hasTable |= s.hasTable;
                }
            }
        }
    }
}
