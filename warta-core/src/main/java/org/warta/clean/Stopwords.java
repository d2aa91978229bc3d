package org.warta.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stopwords of every list Lucene ships (listed in {@code stopword-lists.txt}), each word with the set of lists it
 * belongs to. The language of a block is not known when it is cleaned, so a line is measured against all lists at
 * once: the share of its words that are stopwords of any list, and the share for the list that covers it best.
 */
final class Stopwords {
    private static final Stopwords DEFAULT = load();

    /** word → bit set of the lists holding it (at most 64 lists). */
    private final Map<String, Long> lists;
    private final int count;

    private Stopwords(Map<String, Long> lists, int count) {
        this.lists = lists;
        this.count = count;
    }

    static Stopwords defaults() {
        return DEFAULT;
    }

    /** The lists a word belongs to, as a bit set; 0 when it is not a stopword. */
    long lists(String word) {
        Long bits = lists.get(word.toLowerCase(Locale.ROOT));
        return bits == null ? 0L : bits;
    }

    int listCount() {
        return count;
    }

    private static Stopwords load() {
        Map<String, Long> words = new HashMap<>();
        List<String> files = new ArrayList<>();
        for (String line : lines(Stopwords.class.getResourceAsStream("stopword-lists.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                files.add(line.strip());
            }
        }
        int bit = 0;
        for (String file : files) {
            if (bit == 64) {
                break;
            }
            InputStream in = Stopwords.class.getClassLoader().getResourceAsStream(file);
            if (in == null) {
                continue;
            }
            boolean snowball = file.contains("/snowball/");
            long mask = 1L << bit++;
            for (String line : lines(in)) {
                String content = snowball ? line.replaceFirst("\\|.*", "") : line.startsWith("#") ? "" : line;
                for (String w : content.strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.merge(w.toLowerCase(Locale.ROOT), mask, (a, b) -> a | b);
                    }
                }
            }
        }
        return new Stopwords(Map.copyOf(words), bit);
    }

    private static List<String> lines(InputStream in) {
        if (in == null) {
            return List.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
