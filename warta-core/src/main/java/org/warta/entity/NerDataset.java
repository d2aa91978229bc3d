package org.warta.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A named-entity data set in a CoNLL-like layout: one token and its tag a line, separated by a tab (or spaces),
 * a blank line between sentences. Tags are BIO ("B-PLACE") as in IndoNLU, or a bare type per token ("PER", with
 * "O" or "0" outside) where consecutive tokens of one type form one name; or CoNLL-U, ten columns a word, with
 * the BIO tag as {@code name=B-PER} in the last (NorNE). Types are mapped to Warta's through a table; types it
 * leaves out (NER-P's events and food, MISC, products) are read as outside any entity.
 */
public final class NerDataset {
    /** The type names the data sets' tags map to: PERSON, ORG and PLACE (Warta's GPE and LOC merged). */
    public static final List<String> TYPES = List.of("PERSON", "ORG", "PLACE");

    /** A sentence: its tokens and one tag a token ("B-PERSON", "I-PLACE", "O"), already mapped. */
    public record Sentence(List<String> tokens, List<String> tags) {
        /** The tokens joined with single spaces, as the recogniser reads them. */
        public String text() {
            return String.join(" ", tokens);
        }
    }

    /** Mapping of NERGrit's and NER-P's types to Warta's. */
    public static final Map<String, String> INDONLU_TYPES = Map.of(
            "PERSON", "PERSON", "ORGANISATION", "ORG", "PLACE", "PLACE",
            "PPL", "PERSON", "IND", "ORG", "PLC", "PLACE");

    /**
     * IndoNLU's types and the CoNLL ones (PER, ORG, LOC, GPE; NorNE's GPE_LOC and GPE_ORG are places, as Warta types
     * a country the same in either sense), as the training and evaluation commands read them.
     */
    public static final Map<String, String> KNOWN_TYPES = known();

    private static Map<String, String> known() {
        Map<String, String> m = new java.util.HashMap<>(INDONLU_TYPES);
        m.putAll(Map.of("PER", "PERSON", "ORG", "ORG", "LOC", "PLACE", "GPE", "PLACE", "GPE_LOC", "PLACE",
                "GPE_ORG", "PLACE"));
        return Map.copyOf(m);
    }

    private NerDataset() {
    }

    public static List<Sentence> read(Path file, Map<String, String> typeMap) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    flush(tokens, tags, out);
                    continue;
                }
                if (line.startsWith("# ")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length >= 10 && Character.isDigit(line.charAt(0))) {
                    if (columns[0].chars().allMatch(Character::isDigit)) {
                        String previous = tags.isEmpty() ? "O" : tags.get(tags.size() - 1);
                        tokens.add(columns[1]);
                        tags.add(map(nameTag(columns[9]), typeMap, previous));
                    }
                    continue;
                }
                int cut = separator(line);
                String token = cut < 0 ? line.strip() : line.substring(0, cut).strip();
                String tag = cut < 0 ? "O" : line.substring(cut + 1).strip();
                if (token.isEmpty()) {
                    continue;
                }
                String previous = tags.isEmpty() ? "O" : tags.get(tags.size() - 1);
                tokens.add(token);
                tags.add(map(tag, typeMap, previous));
            }
        }
        flush(tokens, tags, out);
        return out;
    }

    /** True when any token of the file carries a tag other than O: a test split without gold labels has none. */
    public static boolean labelled(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            for (String t : s.tags()) {
                if (!t.equals("O")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The BIO tag in a CoNLL-U MISC column ("SpaceAfter=No|name=B-PER"), "O" when it has none. */
    private static String nameTag(String misc) {
        for (String part : misc.split("\\|")) {
            if (part.startsWith("name=")) {
                return part.substring(5);
            }
        }
        return "O";
    }

    /** Where the tag column starts: the last tab, else the last space; -1 when the line has one column. */
    private static int separator(String line) {
        String trimmed = line.stripTrailing();
        int tab = trimmed.lastIndexOf('\t');
        return tab >= 0 ? tab : trimmed.lastIndexOf(' ');
    }

    /** A BIO tag mapped to Warta's type; a bare type continues the name of the token before when it is the same. */
    private static String map(String tag, Map<String, String> typeMap, String previous) {
        if (tag.length() > 2 && tag.charAt(1) == '-' && (tag.charAt(0) == 'B' || tag.charAt(0) == 'I')) {
            String type = typeMap.get(tag.substring(2));
            return type == null ? "O" : tag.substring(0, 2) + type;
        }
        String type = typeMap.get(tag);
        if (type == null) {
            return "O";
        }
        return (previous.length() > 2 && previous.substring(2).equals(type) ? "I-" : "B-") + type;
    }

    private static void flush(List<String> tokens, List<String> tags, List<Sentence> out) {
        if (!tokens.isEmpty()) {
            out.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
            tokens.clear();
            tags.clear();
        }
    }

    /** Spans of a tag sequence as {type, first, last (exclusive)}, a stray I- opening a span of its own. */
    public static List<Span> spans(List<String> tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            boolean inside = t.startsWith("I-") && t.substring(2).equals(type);
            if (start >= 0 && !inside) {
                out.add(new Span(type, start, i));
                start = -1;
                type = null;
            }
            if (t.startsWith("B-") || t.startsWith("I-") && start < 0) {
                start = i;
                type = t.substring(2);
            }
        }
        return out;
    }

    /** An entity span over data-set tokens. */
    public record Span(String type, int first, int last) {
    }
}
