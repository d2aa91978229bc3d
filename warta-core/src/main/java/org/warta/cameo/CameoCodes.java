package org.warta.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The CAMEO event and actor code tables shipped with Warta ({@code org/warta/cameo/*.tsv}). */
public final class CameoCodes {
    /**
     * One CAMEO event code.
     *
     * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
     */
    public record EventCode(String code, String parent, String root, int quadClass, double goldstein, String name) {
        /** The three-digit base code GDELT reports beside the full code. */
        public String base() {
            return code.length() > 3 ? code.substring(0, 3) : code;
        }
    }

    /** One CAMEO actor code with its kind (primary-role, secondary-role, region, organisation, ...). */
    public record ActorCode(String code, String kind, String meaning) {
    }

    private static final Map<String, EventCode> EVENTS = loadEvents();
    private static final Map<String, ActorCode> ACTORS = loadActors();

    private CameoCodes() {
    }

    public static Optional<EventCode> event(String code) {
        return Optional.ofNullable(EVENTS.get(code));
    }

    public static Map<String, EventCode> events() {
        return EVENTS;
    }

    public static Optional<ActorCode> actor(String code) {
        return Optional.ofNullable(ACTORS.get(code));
    }

    public static Map<String, ActorCode> actors() {
        return ACTORS;
    }

    private static Map<String, EventCode> loadEvents() {
        Map<String, EventCode> map = new LinkedHashMap<>();
        for (String[] c : rows("event-codes.tsv")) {
            map.put(c[0], new EventCode(c[0], c[1], c[2], Integer.parseInt(c[3]), Double.parseDouble(c[4]), c[5]));
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Map<String, ActorCode> loadActors() {
        Map<String, ActorCode> map = new LinkedHashMap<>();
        for (String[] c : rows("actor-codes.tsv")) {
            map.putIfAbsent(c[0], new ActorCode(c[0], c[1], c[2]));
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Iterable<String[]> rows(String file) {
        String resource = "org/warta/cameo/" + file;
        InputStream in = CameoCodes.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
