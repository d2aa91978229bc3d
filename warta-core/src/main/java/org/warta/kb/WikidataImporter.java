package org.warta.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.warta.model.Entity;

/**
 * Turns a Wikidata JSON dump into knowledge-base blocks, streaming: the dump is an array with one entity a line
 * (a trailing comma after each), so it is read line by line and each line parsed on its own with Jackson's
 * streaming parser; a full dump never has to fit in memory. Only entities whose "instance of" (P31) says person,
 * country, city, organisation or geographic feature are kept; their labels and aliases in the wanted languages
 * become names. Countries (those with ISO 3166 codes, P297/P298) get the id {@code country/<alpha-3>} so they merge
 * into the country Warta already has; other entities keep their Wikidata id. The country of a person (P27) or
 * place or organisation (P17) is resolved through countries seen earlier in the dump and a table of country ids.
 */
public final class WikidataImporter {
    /** What "instance of" values make an entity worth keeping, and as what. */
    private static final Map<String, String[]> CLASSES = classes();
    private static final JsonFactory JSON = new JsonFactory();

    private final Set<String> languages;
    private final Map<String, String> countryOfItem = new HashMap<>();

    /** Counts of a run, for the summary. */
    public record Summary(long lines, long written, long skipped, long bad, List<String> problems) {
    }

    public WikidataImporter(Set<String> languages) {
        this.languages = Set.copyOf(languages);
        for (String line : KnowledgeBase.resourceLines("org/warta/kb/wikidata-countries.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length >= 2) {
                countryOfItem.put(cells[0].strip(), cells[1].strip());
            }
        }
    }

    public Summary run(BufferedReader in, Writer out) throws IOException {
        long lines = 0;
        long written = 0;
        long skipped = 0;
        long bad = 0;
        List<String> problems = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            String t = line.strip();
            if (t.endsWith(",")) {
                t = t.substring(0, t.length() - 1);
            }
            if (t.isEmpty() || t.equals("[") || t.equals("]")) {
                continue;
            }
            Item item;
            try {
                item = parse(t);
            } catch (IOException | RuntimeException e) {
                bad++;
                if (problems.size() < 20) {
                    problems.add("line " + lines + ": " + e.getMessage());
                }
                continue;
            }
            KbEntity e = toEntity(item);
            if (e == null) {
                skipped++;
                continue;
            }
            KbFormat.write(e, out);
            written++;
        }
        out.flush();
        return new Summary(lines, written, skipped, bad, problems);
    }

    /** What one dump line holds that matters here. */
    record Item(String id, Map<String, List<String>> labels, Map<String, List<String>> aliases,
                Map<String, List<String>> claims) {
    }

    KbEntity toEntity(Item item) {
        if (item.id() == null || !item.id().startsWith("Q")) {
            return null;
        }
        String alpha3 = first(item.claims().get("P298"));
        if (alpha3 == null && first(item.claims().get("P297")) != null) {
            alpha3 = alpha3Of(first(item.claims().get("P297")));
        }
        String[] cls = null;
        for (String c : item.claims().getOrDefault("P31", List.of())) {
            cls = CLASSES.get(c);
            if (cls != null) {
                break;
            }
        }
        if (alpha3 != null && (cls == null || cls[1].equals("country"))) {
            countryOfItem.put(item.id(), alpha3);
            cls = new String[] {"GPE", "country"};
        }
        if (cls == null) {
            return null;
        }
        Map<String, List<String>> names = new TreeMap<>();
        add(item.labels(), names);
        add(item.aliases(), names);
        if (names.isEmpty()) {
            return null;
        }
        List<String> en = item.labels().get(KbEntity.CANONICAL_LANGUAGE);
        String canonical = en != null && !en.isEmpty() ? en.get(0) : null;
        boolean country = cls[1].equals("country") && alpha3 != null;
        String countryCode = country ? alpha3 : countryOf(item, cls[0].equals("PERSON") ? "P27" : "P17");
        String id = country ? "country/" + alpha3 : item.id();
        return new KbEntity(id, Entity.Type.valueOf(cls[0]), cls[1], country ? null : canonical, countryCode, null,
                false, names, Map.of());
    }

    private String countryOf(Item item, String property) {
        for (String q : item.claims().getOrDefault(property, List.of())) {
            String code = countryOfItem.get(q);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private void add(Map<String, List<String>> byLanguage, Map<String, List<String>> names) {
        byLanguage.forEach((lang, values) -> {
            String l = language(lang);
            if (l == null) {
                return;
            }
            for (String v : values) {
                if (v.length() <= 80 && !v.isBlank()) {
                    List<String> list = names.computeIfAbsent(l, k -> new ArrayList<>());
                    if (!list.contains(v)) {
                        list.add(v);
                    }
                }
            }
        });
    }

    /** Wikidata's language code as Warta's: regional variants folded ("en-gb", "zh-hant", "pt-br"). */
    private String language(String code) {
        int dash = code.indexOf('-');
        String base = dash < 0 ? code : code.substring(0, dash);
        return languages.contains(base) ? base : null;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String alpha3Of(String alpha2) {
        try {
            return new java.util.Locale("", alpha2).getISO3Country().toUpperCase(java.util.Locale.ROOT);
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }

    static Item parse(String json) throws IOException {
        String id = null;
        Map<String, List<String>> labels = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        Map<String, List<String>> claims = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = p.getText();
                    case "labels" -> readTerms(p, labels);
                    case "aliases" -> readTerms(p, aliases);
                    case "claims" -> readClaims(p, claims);
                    default -> p.skipChildren();
                }
            }
        }
        return new Item(id, labels, aliases, claims);
    }

    /** {"en": {"value": ...}} or {"en": [{"value": ...}, ...]}. */
    private static void readTerms(JsonParser p, Map<String, List<String>> out) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String lang = p.currentName();
            JsonToken t = p.nextToken();
            List<String> values = out.computeIfAbsent(lang, k -> new ArrayList<>());
            if (t == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    readValue(p, values);
                }
            } else if (t == JsonToken.START_OBJECT) {
                readValue(p, values);
            } else {
                p.skipChildren();
            }
        }
    }

    private static void readValue(JsonParser p, List<String> values) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (f.equals("value") && p.currentToken() == JsonToken.VALUE_STRING) {
                values.add(p.getText());
            } else {
                p.skipChildren();
            }
        }
    }

    /** Claims of the properties used here: the item ids (or strings) of their main values. */
    private static void readClaims(JsonParser p, Map<String, List<String>> out) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String property = p.currentName();
            p.nextToken();
            if (!Set.of("P31", "P17", "P27", "P297", "P298").contains(property)
                    || p.currentToken() != JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            List<String> values = out.computeIfAbsent(property, k -> new ArrayList<>());
            while (p.nextToken() == JsonToken.START_OBJECT) {
                readStatement(p, values);
            }
        }
    }

    private static void readStatement(JsonParser p, List<String> values) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (f.equals("mainsnak") && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String g = p.currentName();
                    p.nextToken();
                    if (g.equals("datavalue") && p.currentToken() == JsonToken.START_OBJECT) {
                        readDataValue(p, values);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static void readDataValue(JsonParser p, List<String> values) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken t = p.nextToken();
            if (!f.equals("value")) {
                p.skipChildren();
            } else if (t == JsonToken.VALUE_STRING) {
                values.add(p.getText());
            } else if (t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String g = p.currentName();
                    p.nextToken();
                    if (g.equals("id") && p.currentToken() == JsonToken.VALUE_STRING) {
                        values.add(p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private static void expect(JsonToken got, JsonToken wanted) throws IOException {
        if (got != wanted) {
            throw new IOException("expected " + wanted + ", found " + got);
        }
    }

    private static Map<String, String[]> classes() {
        Map<String, String[]> m = new HashMap<>();
        for (String line : KnowledgeBase.resourceLines("org/warta/kb/wikidata-classes.tsv")) {
            String[] c = line.split("\t");
            if (c.length >= 3) {
                m.put(c[0].strip(), new String[] {c[1].strip(), c[2].strip()});
            }
        }
        return Map.copyOf(m);
    }
}
