package org.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.lang.LanguageProfile;
import org.warta.model.Article;
import org.warta.model.Block;
import org.warta.model.Layer;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.Stage;

/**
 * Fixes the clean text: repairs machine-translation slips in each block, then joins the blocks with one blank
 * line. From here on the text never changes, so every later span stays valid.
 *
 * <p>The repairs: no space before a comma, full stop, closing bracket or before {@code ; : ! ?} (unless the
 * language's typography wants one there, as French does: {@code spaced-punctuation} in its manifest); no space
 * after an opening bracket; runs of spaces collapsed.
 */
public final class TextStage implements Stage {
    private static final Pattern SPACE_BEFORE_COMMA_OR_STOP = Pattern.compile("(?<=[\\p{L}\\p{N}\"”’)\\]])[ \\u00A0]+([,.])(?=[\\s\"”’)]|$)");
    private static final Pattern SPACE_BEFORE_CLOSER = Pattern.compile("[ \\u00A0]+([)\\]])");
    private static final Pattern SPACE_AFTER_OPENER = Pattern.compile("([(\\[])[ \\u00A0]+");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("(?<=[\\p{L}\\p{N}\"”’)])[ \\u00A0]+([;:!?])(?=\\s|$)");
    private static final String MARKS = ";:!?";
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u2009]{2,}");

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.CLEANED, Layer.LANGUAGE);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Article apply(Article article) {
        String language = article.language().code();
        List<String> paragraphs = new ArrayList<>();
        int repairs = 0;
        for (Block block : article.draft()) {
            Deadline.check();
            Repaired r = repair(block.text(), language);
            repairs += r.count;
            if (!r.text.isBlank()) {
                paragraphs.add(r.text);
            }
        }
        Article.Builder out = article.toBuilder();
        if (repairs > 0) {
            out.warn(name(), "repaired", "repaired " + repairs + " spacing slip" + (repairs == 1 ? "" : "s"));
        }
        return out.text(String.join("\n\n", paragraphs)).layer(Layer.TEXT).build();
    }

    record Repaired(String text, int count) {
    }

    static Repaired repair(String text, String language) {
        if (!mayNeedRepair(text)) {
            return new Repaired(text.strip(), 0);
        }
        int[] count = {0};
        String t = text;
        // Each pattern needs a space right before (or after) its mark; a quick scan spares the regex most blocks.
        if (hasPair(t, " \u00A0", ",.")) {
            t = replace(SPACE_BEFORE_COMMA_OR_STOP, t, "$1", count);
        }
        if (hasPair(t, " \u00A0", ")]")) {
            t = replace(SPACE_BEFORE_CLOSER, t, "$1", count);
        }
        if (hasPair(t, "([", " \u00A0")) {
            t = replace(SPACE_AFTER_OPENER, t, "$1", count);
        }
        String spaced = LanguageProfile.of(language).spacedPunctuation();
        if (hasPair(t, " \u00A0", MARKS) && !spaced.contains(MARKS)) {
            t = replaceUnless(SPACE_BEFORE_MARK, t, spaced, count);
        }
        if (hasPair(t, " \u00A0\u2009", " \u00A0\u2009")) {
            t = SPACES.matcher(t).replaceAll(" ");
        }
        t = t.strip();
        return new Repaired(t, count[0]);
    }

    /**
     * One scan for every pair the checks in {@link #repair} look for: a block without any (most blocks) needs no
     * repair, and the five scans and the rules are spared.
     */
    static boolean mayNeedRepair(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '\u2009' && c != '(' && c != '[') {
                continue;
            }
            char d = text.charAt(i + 1);
            boolean space = c == ' ' || c == '\u00A0';
            if (space && ",.)];:!?".indexOf(d) >= 0
                    || (c == '(' || c == '[') && (d == ' ' || d == '\u00A0')
                    || c != '(' && c != '[' && (d == ' ' || d == '\u00A0' || d == '\u2009')) {
                return true;
            }
        }
        return false;
    }

    /** True when a character of {@code first} is directly followed by one of {@code second}. */
    static boolean hasPair(String text, String first, String second) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (first.indexOf(text.charAt(i)) >= 0 && second.indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Takes the space out before a mark, except before the marks the language spaces. */
    private static String replaceUnless(Pattern p, String text, String spaced, int[] count) {
        Matcher m = p.matcher(text);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (spaced.indexOf(m.group(1).charAt(0)) < 0) {
                count[0]++;
                b.append(text, last, m.start()).append(m.group(1));
                last = m.end();
            }
        }
        return last == 0 ? text : b.append(text, last, text.length()).toString();
    }

    private static String replace(Pattern p, String text, String replacement, int[] count) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        do {
            count[0]++;
            m.appendReplacement(b, replacement);
        } while (m.find());
        m.appendTail(b);
        return b.toString();
    }
}
