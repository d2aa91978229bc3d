package org.warta.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.warta.model.Article;
import org.warta.model.Block;
import org.warta.model.Layer;
import org.warta.model.Metadata;
import org.warta.pipeline.Stage;

/**
 * Makes sure an article has a title. A title from the source wins; else a headline-like first block is taken as
 * the title (and leaves the body); else one is derived, and marked so, from a URL slug (the article's own URL, then
 * the URL it names as its source) or from the first sentence.
 */
public final class TitleStage implements Stage {
    private static final int MAX_HEADLINE_WORDS = 20;
    private static final int MAX_DERIVED_WORDS = 14;
    private static final Pattern SLUG_SEPARATORS = Pattern.compile("[-_+]+");
    private static final Pattern CLOSERS = Pattern.compile("[\"'”’»)\\]」』）]+$");
    /**
     * Ids and extensions at the end of a slug ("-242964.html", "_a1234567b.php"). Each piece is read one way only (a
     * letter after an id's digits belongs to the id unless it starts the next piece) and the repetition is possessive:
     * Java recurses once per repetition of a group that can backtrack, and a long run of pieces overflowed the stack.
     */
    private static final Pattern TRAILING_ID = Pattern.compile(
            "(?:[-_.]?(?:[a-z]?\\d{5,}+(?:(?![a-z]\\d{5}|html?|php|asp|amp)[a-z])?|\\d{3,}+|html?|php|aspx?|amp))++$");

    @Override
    public String name() {
        return "title";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.CLEANED);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of();
    }

    @Override
    public Article apply(Article article) {
        Metadata meta = article.metadata();
        if (meta.title() != null && !meta.title().isBlank()) {
            return article;
        }
        List<Block> draft = article.draft();
        if (draft.size() > 1 && isHeadline(draft.get(0), draft.get(1))) {
            List<Block> body = new ArrayList<>(draft.subList(1, draft.size()));
            return article.toBuilder().metadata(meta.withTitle(draft.get(0).text(), false)).draft(body).build();
        }
        String derived = fromSlug(meta.url());
        if (derived == null) {
            derived = fromSlug(article.attribution().sourceUrl());
        }
        if (derived == null && !draft.isEmpty()) {
            derived = firstSentence(draft.get(0).text());
        }
        if (derived == null) {
            return article;
        }
        return article.toBuilder().metadata(meta.withTitle(derived, true)).build();
    }

    static boolean isHeadline(Block first, Block next) {
        if (first.kind() == Block.Kind.HEADING) {
            return true;
        }
        String t = first.text().strip();
        if (t.isEmpty() || t.length() > 200 || t.split("\\s+").length > MAX_HEADLINE_WORDS) {
            return false;
        }
        // A sentence can end inside its closing quote or bracket: 'he said: "We agree."' is no headline.
        String end = CLOSERS.matcher(t).replaceAll("");
        char last = end.isEmpty() ? t.charAt(t.length() - 1) : end.charAt(end.length() - 1);
        return ".,;:。、".indexOf(last) < 0 && next.text().length() > t.length();
    }

    /** "https://x.vn/nga-va-my-chuan-bi-to-chuc-242964.html" gives "Nga va my chuan bi to chuc". */
    static String fromSlug(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String path;
        try {
            path = URI.create(url.strip().replace(" ", "%20")).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        String best = null;
        for (String segment : path.split("/")) {
            String s = TRAILING_ID.matcher(segment.toLowerCase(Locale.ROOT)).replaceAll("");
            String[] words = SLUG_SEPARATORS.split(s);
            int wordy = 0;
            for (String w : words) {
                if (w.chars().anyMatch(Character::isLetter)) {
                    wordy++;
                }
            }
            if (wordy >= 3 && (best == null || s.length() > best.length())) {
                best = s;
            }
        }
        if (best == null) {
            return null;
        }
        String readable = SLUG_SEPARATORS.matcher(best).replaceAll(" ").strip();
        return Character.toUpperCase(readable.charAt(0)) + readable.substring(1);
    }

    static String firstSentence(String paragraph) {
        String sentence = Sentences.first(paragraph).strip();
        String[] words = sentence.split("\\s+");
        if (words.length <= MAX_DERIVED_WORDS) {
            return sentence.replaceAll("[.。]$", "");
        }
        return String.join(" ", java.util.Arrays.copyOf(words, MAX_DERIVED_WORDS)) + "…";
    }
}
