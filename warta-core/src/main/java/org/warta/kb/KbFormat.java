package org.warta.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.model.Entity;

/**
 * Reads and writes the knowledge-base text format (docs/knowledge-base.md): one block per entity, opened by
 * {@code [id]}, then {@code key: value} lines. Names are keyed by language code ({@code *} for every language),
 * adjectives by {@code adj.<code>}, several values separated by {@code |}.
 *
 * <pre>
 * [person/sergei-lavrov]
 * type: PERSON
 * canonical: Sergei Lavrov
 * country: RUS
 * role: foreign minister
 * *: Sergei Lavrov | Lavrov
 * ru: Сергей Лавров | Лавров
 * </pre>
 */
public final class KbFormat {
    private KbFormat() {
    }

    /** A problem found in a file, reported instead of stopping the load. */
    public record Problem(String where, String message) {
    }

    /** Parses every block of a file; bad lines are reported to {@code problems} and skipped. */
    public static List<KbEntity> read(BufferedReader in, String source, List<Problem> problems) throws IOException {
        List<KbEntity> out = new ArrayList<>();
        Block block = null;
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                addBlock(block, out, problems);
                block = new Block(t.substring(1, t.length() - 1).strip(), source + ":" + n);
                continue;
            }
            int colon = t.indexOf(':');
            if (block == null || colon <= 0) {
                problems.add(new Problem(source + ":" + n, "expected [id] or key: value, got: " + t));
                continue;
            }
            block.put(t.substring(0, colon).strip(), t.substring(colon + 1).strip(), source + ":" + n, problems);
        }
        addBlock(block, out, problems);
        return out;
    }

    private static void addBlock(Block block, List<KbEntity> out, List<Problem> problems) {
        if (block == null) {
            return;
        }
        if (block.id.isEmpty()) {
            problems.add(new Problem(block.where, "empty id"));
            return;
        }
        out.add(block.entity());
    }

    /** Writes one entity as a block. */
    public static void write(KbEntity e, Writer w) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append('[').append(e.id()).append("]\n");
        if (e.type() != null) {
            b.append("type: ").append(e.type()).append('\n');
        }
        line(b, "kind", e.kind());
        line(b, "canonical", e.canonical());
        line(b, "country", e.country());
        line(b, "role", e.role());
        if (e.former()) {
            b.append("former: true\n");
        }
        if (!e.tenures().isEmpty()) {
            line(b, "cameo", String.join(" | ", e.tenures().stream().map(Tenure::toString).toList()));
        }
        e.names().forEach((lang, names) -> line(b, lang, clean(names)));
        e.adjectives().forEach((lang, names) -> line(b, "adj." + lang, clean(names)));
        b.append('\n');
        w.write(b.toString());
    }

    private static String clean(List<String> values) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            String s = v.replace('|', '/').replace('\n', ' ').replace('\r', ' ').strip();
            if (!s.isEmpty()) {
                kept.add(s);
            }
        }
        return kept.isEmpty() ? null : String.join(" | ", kept);
    }

    private static void line(StringBuilder b, String key, String value) {
        if (value != null && !value.isBlank()) {
            b.append(key).append(": ").append(value).append('\n');
        }
    }

    private static final java.util.regex.Pattern LANGUAGE_KEY =
            java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Za-z]+)?");

    private static final class Block {
        final String id;
        final String where;
        Entity.Type type;
        String kind;
        String canonical;
        String country;
        String role;
        boolean former;
        final List<Tenure> tenures = new ArrayList<>();
        final Map<String, List<String>> names = new LinkedHashMap<>();
        final Map<String, List<String>> adjectives = new LinkedHashMap<>();

        Block(String id, String where) {
            this.id = id;
            this.where = where;
        }

        void put(String key, String value, String at, List<Problem> problems) {
            switch (key) {
                case "type" -> {
                    try {
                        type = Entity.Type.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        problems.add(new Problem(at, "unknown type " + value));
                    }
                }
                case "kind" -> kind = value;
                case "canonical" -> canonical = value;
                case "country" -> country = value.isEmpty() ? null : value.toUpperCase(Locale.ROOT);
                case "role" -> role = value.isEmpty() ? null : value;
                case "former" -> former = Boolean.parseBoolean(value);
                case "cameo" -> {
                    for (String part : split(value)) {
                        Tenure t = Tenure.parse(part);
                        if (t == null) {
                            problems.add(new Problem(at, "cannot read the CAMEO code and dates " + part));
                        } else {
                            tenures.add(t);
                        }
                    }
                }
                default -> {
                    if (key.startsWith("adj.")) {
                        adjectives.computeIfAbsent(key.substring(4), k -> new ArrayList<>()).addAll(split(value));
                    } else if (key.equals(KbEntity.ANY) || LANGUAGE_KEY.matcher(key).matches()) {
                        names.computeIfAbsent(key, k -> new ArrayList<>()).addAll(split(value));
                    } else {
                        problems.add(new Problem(at, "unknown key " + key));
                    }
                }
            }
        }

        KbEntity entity() {
            return new KbEntity(id, type, kind, canonical, country, role, former, names, adjectives, tenures);
        }
    }

    static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split("\\|")) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
