package org.warta.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a run has seen of each outlet's pages: how many of its articles hold each short line. A line that recurs in
 * many articles of one outlet is the site's template (a menu, a "follow us" prompt, a dated byline frame), whatever
 * its language. Lines are compared with digits folded ("Posted 29 October 2025 08:14" and "Posted 3 November 2025
 * 11:02" are one line) and white space and case ignored. An article met again word for word (the same page
 * captured twice) counts once, so a duplicate's body never becomes a template.
 *
 * <p>Thread-safe. Memory is bounded: an outlet keeps at most {@value #MAX_LINES} lines, and lines seen once are
 * forgotten first.
 */
public final class TemplateLines {
    /** Lines longer than this are prose, never template. */
    public static final int MAX_LINE_LENGTH = 200;
    /** A line is template from this many articles of one outlet on. */
    static final int MIN_ARTICLES = 3;
    /** ... and when at least this share of the outlet's articles hold it. */
    static final double MIN_SHARE = 0.3;
    static final int MAX_LINES = 100_000;
    private static final int MAX_OUTLETS = 50_000;

    private final Map<String, Outlet> outlets = new HashMap<>();

    private static final class Outlet {
        final Map<Long, Integer> lines = new HashMap<>();
        final Set<Long> pages = new HashSet<>();
    }

    /**
     * Records an article's lines for its outlet and returns those that are template, counting this article.
     *
     * @param outlet the outlet (a host name, or the input that holds the records when there is none)
     * @param lines  the article's lines, in order
     */
    public synchronized Set<String> observe(String outlet, List<String> lines) {
        if (outlet == null || lines.isEmpty()) {
            return Set.of();
        }
        if (outlets.size() >= MAX_OUTLETS && !outlets.containsKey(outlet)) {
            outlets.clear();
        }
        Outlet o = outlets.computeIfAbsent(outlet, k -> new Outlet());
        Map<String, Long> keys = new HashMap<>();
        long page = 1125899906842597L;
        for (String line : lines) {
            long key = key(line);
            page = 31 * page + key;
            if (line.length() <= MAX_LINE_LENGTH) {
                keys.putIfAbsent(line, key);
            }
        }
        if (o.pages.add(page)) {
            new HashSet<>(keys.values()).forEach(k -> o.lines.merge(k, 1, Integer::sum));
            forgetSingletons(o);
        }
        Set<String> template = new LinkedHashSet<>();
        double needed = Math.max(MIN_ARTICLES, MIN_SHARE * o.pages.size());
        keys.forEach((line, key) -> {
            if (o.lines.getOrDefault(key, 0) >= needed) {
                template.add(line);
            }
        });
        return template;
    }

    private static void forgetSingletons(Outlet o) {
        if (o.lines.size() > MAX_LINES) {
            o.lines.values().removeIf(count -> count < 2);
        }
    }

    /** A line's key: its letters with digits folded to 0, case and white space ignored (64-bit FNV-1a). */
    static long key(String line) {
        long h = 0xcbf29ce484222325L;
        String s = line.toLowerCase(Locale.ROOT);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            h ^= Character.isDigit(c) ? '0' : c;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
