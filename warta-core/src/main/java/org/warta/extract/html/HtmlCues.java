package org.warta.extract.html;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.nodes.Element;
import org.warta.lang.LanguageData;

/**
 * What the class names and ids of an element say about it, from the {@code html-cues.tsv} files of every language:
 * boilerplate to drop, article body to keep, a caption, a caption's credit, a date or byline. All languages' cues
 * apply to every page, as the page's language is not known for sure before its text is read.
 */
final class HtmlCues {
    enum Kind { DROP, LAYOUT, KEEP, CAPTION, CREDIT, DATE }

    private static final HtmlCues DEFAULT = load(LanguageData.folders());
    private static final int MEMORY_LIMIT = 100_000;
    private final Map<Kind, Pattern> patterns;
    private final Map<String, Integer> memory = new ConcurrentHashMap<>();
    private final Map<String, Integer> attributes = new ConcurrentHashMap<>();

    private HtmlCues(Map<Kind, Pattern> patterns) {
        this.patterns = patterns;
    }

    static HtmlCues defaults() {
        return DEFAULT;
    }

    static HtmlCues load(List<String> folders) {
        Map<Kind, List<String>> parts = new EnumMap<>(Kind.class);
        for (String folder : folders) {
            for (LanguageData.Row row : LanguageData.rows(folder, "html-cues.tsv")) {
                Kind kind;
                try {
                    kind = Kind.valueOf(row.cell(0).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(row.where() + ": unknown cue kind '" + row.cell(0) + "'");
                }
                try {
                    Pattern.compile(row.cell(1));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(row.where() + ": bad pattern: " + e.getMessage(), e);
                }
                parts.computeIfAbsent(kind, k -> new ArrayList<>()).add("(?:" + row.cell(1) + ")");
            }
        }
        Map<Kind, Pattern> patterns = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<String> p = parts.getOrDefault(kind, List.of());
            patterns.put(kind, Pattern.compile(p.isEmpty() ? "(?!)" : String.join("|", p), Pattern.CASE_INSENSITIVE));
        }
        return new HtmlCues(patterns);
    }

    /** True when one of the element's class names or its id carries a cue of this kind. */
    boolean has(Element e, Kind kind) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        int bit = 1 << kind.ordinal();
        return ((cues(e.id()) & bit) != 0 && !isHeadingAnchor(e)) || (cues(e.attr("class")) & bit) != 0;
    }

    /**
     * An id made from the element's own heading ("sharing-with-a-single-developer" over "Sharing with a single
     * developer", as documentation and wiki generators write them) is the heading's words, not the page's markup:
     * it says nothing about what the element is.
     */
    static boolean isHeadingAnchor(Element e) {
        String id = e.id();
        Element first = e.firstElementChild();
        if (id.indexOf('-') < 0 || first == null || first.normalName().length() != 2 || first.normalName().charAt(0) != 'h'
                || !Character.isDigit(first.normalName().charAt(1))) {
            return false;
        }
        return slug(first.text()).equals(id.toLowerCase(Locale.ROOT));
    }

    private static String slug(String text) {
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (dash && b.length() > 0) {
                    b.append('-');
                }
                b.append(Character.toLowerCase(c));
                dash = false;
            } else {
                dash = true;
            }
        }
        return b.toString();
    }

    /** The cue kinds of a class attribute (or an id) as bits: the union of its names' kinds. */
    private int cues(String attribute) {
        if (attribute.isEmpty()) {
            return 0;
        }
        Integer known = attributes.get(attribute);
        if (known != null) {
            return known;
        }
        int bits = split(attribute);
        if (attributes.size() > MEMORY_LIMIT) {
            attributes.clear();
        }
        attributes.put(attribute, bits);
        return bits;
    }

    private int split(String attribute) {
        int bits = 0;
        int n = attribute.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(attribute.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(attribute.charAt(i))) {
                i++;
            }
            if (i > start) {
                bits |= nameCues(attribute.substring(start, i));
            }
        }
        return bits;
    }

    /**
     * The cue kinds of one class name or id. Pages repeat the same names on thousands of elements, and ids
     * differ mostly in their numbers ("post-1234", "comment-5678"), so answers are remembered per name with its
     * digit runs made one "0" (no cue depends on which digits). The memory is bounded and starts again when full.
     */
    private int nameCues(String name) {
        String key = key(name);
        Integer known = memory.get(key);
        if (known != null) {
            return known;
        }
        int bits = 0;
        for (Kind kind : Kind.values()) {
            if (patterns.get(kind).matcher(key).find()) {
                bits |= 1 << kind.ordinal();
            }
        }
        if (memory.size() > MEMORY_LIMIT) {
            memory.clear();
        }
        memory.put(key, bits);
        return bits;
    }

    private static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean digits = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '0' && c <= '9') {
                if (!digits) {
                    b.append('0');
                }
                digits = true;
            } else {
                b.append(Character.toLowerCase(c));
                digits = false;
            }
        }
        return b.toString();
    }

    boolean has(String text, Kind kind) {
        return text != null && patterns.get(kind).matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
