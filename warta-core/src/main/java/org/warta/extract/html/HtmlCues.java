package org.warta.extract.html;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    enum Kind { DROP, KEEP, CAPTION, CREDIT, DATE }

    private static final HtmlCues DEFAULT = load(LanguageData.folders());
    private final Map<Kind, Pattern> patterns;

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
        Pattern p = patterns.get(kind);
        String id = e.id();
        if (!id.isEmpty() && p.matcher(id.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        String classes = e.className();
        if (classes.isEmpty()) {
            return false;
        }
        for (String name : classes.split("\\s+")) {
            if (!name.isEmpty() && p.matcher(name.toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }

    boolean has(String text, Kind kind) {
        return text != null && patterns.get(kind).matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
