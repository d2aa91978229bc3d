package org.warta.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.warta.lang.LanguageProfile;
import org.warta.model.Block;
import org.warta.model.Caption;

/**
 * Writes the article's blocks from the roots the finder chose, in document order: paragraphs, headings, list
 * items, block quotes and rows of data tables, each as one line. Figures and captions go to the captions with
 * their credits; link lists, the headline (already the title) and lone datelines stay out. The walk is iterative.
 */
final class BlockWriter implements NodeFilter {
    /** Link text above this share of a block's text makes it a list of links, not prose. */
    static final double MAX_LINK_DENSITY = 0.6;
    /** Words that introduce a credit, from every pack's manifest ({@code credit}): longest first. */
    private static final String CREDIT_WORDS = alternatives(LanguageProfile.allCreditWords());
    /** The same with the words that make a credit only inside brackets ({@code credit-in-brackets}). */
    private static final String BRACKET_CREDIT_WORDS = alternatives(concat(LanguageProfile.allCreditWords(),
            LanguageProfile.allBracketCreditWords()));
    /** Words that stand between a credit word and a name ("Photo by"): every pack's byline words. */
    private static final String BY = alternatives(LanguageProfile.allBylineWords());
    private static final Pattern BRACKETED_CREDIT = Pattern.compile(
            "^(?<caption>(?:.*?\\S)??)\\s*+[\\(\\[]\\s*(?<credit>[^()\\[\\]]*?(?:\\b(?:" + BRACKET_CREDIT_WORDS
                    + ")\\b|©)[^()\\[\\]]*)[\\)\\]]\\s*[.|]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "^(?<caption>(?:.*?[.!?…。])?)\\s*(?<credit>(?:(?:" + CREDIT_WORDS + ")\\s*(?:" + BY + "|:)|©).{1,120})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^(?:(?:" + CREDIT_WORDS + ")\\b\\s*(?:(?:" + BY + ")\\b|:)?\\s*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]+");

    private final PageStats stats;
    private final HtmlCues cues;
    private final String title;
    private final String language;
    private final List<Element> roots;
    private Element firstH1;
    private boolean firstH1Known;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Caption> captions = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    /** Non-space characters of the current line, and those inside links. */
    private int lineChars;
    private int lineLinkChars;
    private int lineLinks;
    private int linkDepth;
    private final Deque<Element> kindOwners = new ArrayDeque<>();
    private final Deque<Block.Kind> kinds = new ArrayDeque<>();
    private final Deque<Boolean> dataTables = new ArrayDeque<>();

    private BlockWriter(PageStats stats, HtmlCues cues, String title, String language, List<Element> roots) {
        this.stats = stats;
        this.cues = cues;
        this.title = title == null ? null : normalize(title).toLowerCase(Locale.ROOT);
        this.language = language;
        this.roots = roots;
    }

    record Written(List<Block> blocks, List<Caption> captions) {
        int chars() {
            return blocks.stream().mapToInt(b -> b.text().length()).sum();
        }

        Written withLeadingCaptions(List<Caption> leading) {
            if (leading.isEmpty()) {
                return this;
            }
            List<Caption> all = new ArrayList<>(leading);
            all.addAll(captions);
            return new Written(blocks, all);
        }
    }

    static Written write(List<Element> roots, PageStats stats, HtmlCues cues, String title, String language) {
        BlockWriter w = new BlockWriter(stats, cues, title, language, roots);
        for (Element root : roots) {
            NodeTraversor.filter(w, root);
            w.flush();
        }
        return new Written(List.copyOf(w.blocks), List.copyOf(w.captions));
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        String name = e.normalName();
        if (name.equals("br")) {
            flush();
            return FilterResult.CONTINUE;
        }
        if (name.equals("a")) {
            linkDepth++;
            lineLinks++;
        }
        if (name.equals("figure")) {
            flush();
            figure(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        if (name.equals("figcaption") || (cues.has(e, HtmlCues.Kind.CAPTION) && stats.of(e).chars < 600)) {
            flush();
            addCaption(e);
            return FilterResult.SKIP_ENTIRELY;
        }
        boolean root = roots.contains(e);
        if (!root && PageStats.isBlock(e) && (isLinkList(e) || isListing(e))) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (isHeadline(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (isCell(e)) {
            if (line.length() > 0) {
                line.append(" | ");
            }
            return FilterResult.CONTINUE;
        }
        if (name.equals("table")) {
            dataTables.push(!stats.of(e).layoutTable);
        }
        if (PageStats.isBlock(e) || name.equals("tr")) {
            flush();
            Block.Kind kind = kindOf(e);
            if (kind != null) {
                kindOwners.push(e);
                kinds.push(kind);
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element a && a.nameIs("a")) {
            linkDepth--;
        }
        if (node instanceof Element e && !isCell(e) && (PageStats.isBlock(e) || e.nameIs("tr"))) {
            flush();
            if (!kindOwners.isEmpty() && kindOwners.peek() == e) {
                kindOwners.pop();
                kinds.pop();
            }
            if (e.nameIs("table") && !dataTables.isEmpty()) {
                dataTables.pop();
            }
        }
        return FilterResult.CONTINUE;
    }

    private boolean inDataTable() {
        return !dataTables.isEmpty() && dataTables.peek();
    }

    private boolean isCell(Element e) {
        return (e.nameIs("td") || e.nameIs("th")) && inDataTable();
    }

    private Block.Kind kindOf(Element e) {
        return switch (e.normalName()) {
            case "li", "dd", "dt" -> Block.Kind.LIST_ITEM;
            case "blockquote" -> Block.Kind.QUOTE;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Block.Kind.HEADING;
            case "tr" -> inDataTable() ? Block.Kind.TABLE_ROW : null;
            default -> null;
        };
    }

    /** Mostly links, and more than one (one link behind a label, "Sumber: https://...", is a source line). */
    private boolean isLinkList(Element e) {
        PageStats.Stats s = stats.of(e);
        if (s.links == 1 && kindOf(e) == Block.Kind.HEADING) {
            return false;
        }
        return s.chars > 0 && s.linkDensity() > MAX_LINK_DENSITY && (s.links >= 2 || s.chars - s.linkChars < 3);
    }

    /**
     * A list whose every item has a heading of its own (a photo gallery's legends, teasers of other stories): a
     * listing of other things, not the article's text.
     */
    static boolean isListing(Element e) {
        if (!e.nameIs("ul") && !e.nameIs("ol")) {
            return false;
        }
        int items = 0;
        for (Element item : e.children()) {
            if (!item.nameIs("li")) {
                continue;
            }
            if (item.selectFirst("h1, h2, h3, h4, h5, h6") == null) {
                return false;
            }
            items++;
        }
        return items >= 3;
    }

    /** The page's first h1, or any heading that repeats the title: the headline is metadata, not body. */
    private boolean isHeadline(Element e) {
        String name = e.normalName();
        if (title == null || name.length() != 2 || name.charAt(0) != 'h' || !Character.isDigit(name.charAt(1))) {
            return false;
        }
        return (name.equals("h1") && e == firstH1()) || normalize(e.text()).toLowerCase(Locale.ROOT).equals(title);
    }

    /** The page's first h1, the headline; later ones head sections (as some publishing platforms write them). */
    private Element firstH1() {
        if (!firstH1Known) {
            Document doc = roots.isEmpty() ? null : roots.get(0).ownerDocument();
            firstH1 = doc == null ? null : doc.selectFirst("h1");
            firstH1Known = true;
        }
        return firstH1;
    }

    /** Appends text with every run of white space (line breaks, no-break and zero-width spaces) made one space. */
    private void append(String text) {
        boolean space = line.length() == 0 || line.charAt(line.length() - 1) == ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!space) {
                    line.append(' ');
                    space = true;
                }
            } else {
                line.append(c);
                space = false;
                lineChars++;
                if (linkDepth > 0) {
                    lineLinkChars++;
                }
            }
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B') || c == '\u3000'
                || c == '\uFEFF' || c == '\u202F';
    }

    private void flush() {
        String text = line.toString().strip();
        // A line that is mostly links (a tag list, "More: A, B, C") is navigation, wherever it sits; one link
        // behind a label ("Sumber: https://...") is a source line, which cleaning reads.
        // A heading that is one link (a list article's "“Thumper” ($20)" pointing at the thing) is still a heading.
        boolean linkedHeading = lineLinks == 1 && !kinds.isEmpty() && kinds.peek() == Block.Kind.HEADING;
        boolean links = lineChars > 0 && lineLinkChars > lineChars * MAX_LINK_DENSITY
                && (lineLinks >= 2 || lineChars - lineLinkChars < 3) && !linkedHeading;
        line.setLength(0);
        lineChars = 0;
        lineLinkChars = 0;
        lineLinks = 0;
        if (text.isEmpty() || text.equals("|") || links || isDateline(text)) {
            return;
        }
        if (text.startsWith("| ")) {
            text = text.substring(2);
        }
        blocks.add(new Block(text, kinds.isEmpty() ? Block.Kind.PARAGRAPH : kinds.peek()));
    }

    /** A short line that is only a date and time ("Updated Nov. 19, 2019 5:04 pm ET") belongs to the byline. */
    private boolean isDateline(String text) {
        if (text.length() > 60 || text.chars().noneMatch(Character::isDigit) || text.split(" ").length > 9) {
            return false;
        }
        return PageDates.fromText(text, language, false) != null;
    }

    private void figure(Element figure) {
        boolean found = false;
        for (Element c : figure.getElementsByTag("figcaption")) {
            addCaption(c);
            found = true;
        }
        if (!found) {
            for (Element c : figure.getAllElements()) {
                if (c != figure && cues.has(c, HtmlCues.Kind.CAPTION)) {
                    addCaption(c);
                    break;
                }
            }
        }
    }

    private void addCaption(Element c) {
        Caption caption = caption(c, cues);
        if (caption != null) {
            captions.add(caption);
        }
    }

    /** A caption and its credit: the credit is a marked element inside the caption, or a credit at its end. */
    static Caption caption(Element c, HtmlCues cues) {
        String all = normalize(c.text());
        if (all.isEmpty()) {
            return null;
        }
        for (Element child : c.getAllElements()) {
            if (child != c && cues.has(child, HtmlCues.Kind.CREDIT)) {
                String credit = normalize(child.text());
                if (!credit.isEmpty()) {
                    String text = normalize(all.replace(credit, " "));
                    return new Caption(text.isEmpty() ? null : text, creditName(credit));
                }
            }
        }
        return splitCredit(all);
    }

    static Caption splitCredit(String all) {
        Matcher m = BRACKETED_CREDIT.matcher(all);
        if (!m.matches()) {
            m = TRAILING_CREDIT.matcher(all);
            if (!m.matches()) {
                return new Caption(all, null);
            }
        }
        String text = m.group("caption").strip();
        return new Caption(text.isEmpty() ? null : text, creditName(m.group("credit")));
    }

    /** "Photo: Jane Doe" gives "Jane Doe"; "AP Photo/Evan Vucci" stays as it is. */
    private static String creditName(String credit) {
        String c = CREDIT_LABEL.matcher(credit.strip()).replaceFirst("").strip();
        return c.isEmpty() ? credit.strip() : c;
    }

    /** Words as a regex alternation, longest first so that "photos" is not read as "photo" and a stray "s". */
    private static String alternatives(List<String> words) {
        return words.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String normalize(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll(" ").strip();
    }
}
