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
 * A named-entity data set in the CoNLL-like layout of IndoNLU: one token and its BIO tag a line, separated by a
 * tab, a blank line between sentences. Tags are mapped to Warta's types through a table; tags it leaves out
 * (NER-P's events and food) are read as outside any entity.
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
                int tab = line.lastIndexOf('\t');
                String token = tab < 0 ? line.strip() : line.substring(0, tab).strip();
                String tag = tab < 0 ? "O" : line.substring(tab + 1).strip();
                if (token.isEmpty()) {
                    continue;
                }
                tokens.add(token);
                tags.add(map(tag, typeMap));
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

    private static String map(String tag, Map<String, String> typeMap) {
        if (tag.length() < 3 || tag.charAt(1) != '-') {
            return "O";
        }
        String type = typeMap.get(tag.substring(2));
        return type == null ? "O" : tag.substring(0, 2) + type;
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
