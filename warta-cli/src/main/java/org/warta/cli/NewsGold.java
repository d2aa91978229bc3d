package org.warta.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of a news evaluation set (news-dev's {@code gold.jsonl}): what a careful reader found in its text.
 *
 * @param id          the article's id; its text is {@code texts/<id>.txt}
 * @param url         where it was published
 * @param lang        its language, ISO 639-1
 * @param story       the story it tells, shared by the articles about the same event; null for a distractor
 * @param docDate     its publication date where the text or URL states it, else null
 * @param persons     canonical (English Wikipedia) names of the people it names
 * @param countries   ISO alpha-3 codes of the countries its body names
 * @param dates       date expressions with their TIMEX3 values
 * @param events      the main CAMEO events it reports
 * @param boilerplate exact lines that are not part of the article
 * @param captions    exact lines that are photo captions
 */
record NewsGold(String id, String url, String lang, String story, String docDate, List<String> persons,
                List<String> countries, List<GoldDate> dates, List<GoldEvent> events, List<String> boilerplate,
                List<String> captions) {

    record GoldDate(String text, String value) {
    }

    /** An event as (actor1, actor2, CAMEO root); an absent actor is null. */
    record GoldEvent(String actor1, String actor2, String root, String evidence) {
    }

    static List<NewsGold> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<NewsGold> all = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    all.add(of(json.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ":" + number + ": not a gold record: " + e.getMessage(), e);
                }
            }
        }
        return all;
    }

    private static NewsGold of(JsonNode n) {
        List<GoldDate> dates = new ArrayList<>();
        for (JsonNode d : n.path("dates")) {
            dates.add(new GoldDate(d.path("text").asText(), d.path("value").asText()));
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : n.path("events")) {
            events.add(new GoldEvent(text(e, "actor1"), text(e, "actor2"), text(e, "cameo_root"), text(e, "evidence")));
        }
        String id = text(n, "id");
        if (id == null) {
            throw new IllegalArgumentException("no id");
        }
        return new NewsGold(id, text(n, "url"), text(n, "lang"), text(n, "story"), text(n, "doc_date"),
                names(n.path("persons")), strings(n.path("countries")), dates, events, strings(n.path("boilerplate")),
                strings(n.path("captions")));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.isTextual() ? v.asText() : v.path("name").asText()));
        return out;
    }
}
