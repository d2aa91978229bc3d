package org.warta.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The groups and mappings of CAMEO codes that coding rules name, as data: {@code event-sets.tsv} (groups of event
 * codes: "the use of force", "acts done to each other"), {@code sector-sets.tsv} (groups of actor sectors: "civilian
 * actors") and {@code event-maps.tsv} (an act to the code of announcing, asking for or refusing it). Every line is
 * checked when read; a bad one stops the load with its file and line.
 */
public final class CameoTables {
    static final String ROOT = "org/warta/cameo/";
    static final String EVENT_SETS = "event-sets.tsv";
    static final String SECTOR_SETS = "sector-sets.tsv";
    static final String EVENT_MAPS = "event-maps.tsv";
    /** Stands for every act no other line of a map names. */
    static final String ANY = "*";

    private static final class Shipped {
        static final CameoTables TABLES = read(CameoTables::resourceLines);
    }

    /**
     * A group of event codes: a code belongs when it starts with one of {@code codes} and with none of {@code except}
     * ("18" holds 180 and 1821).
     */
    public record EventSet(String name, List<String> codes, List<String> except) {
        public boolean contains(String code) {
            return code != null && startsWithAny(code, codes) && !startsWithAny(code, except);
        }

        /** The one code of a group that names a single act. */
        public String only() {
            if (codes.size() != 1 || !except.isEmpty()) {
                throw new IllegalStateException(ROOT + EVENT_SETS + ": '" + name + "' must hold exactly one code");
            }
            return codes.get(0);
        }

        private static boolean startsWithAny(String code, List<String> prefixes) {
            for (String p : prefixes) {
                if (code.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A group of actor sector codes ("OPP", "CVL"). */
    public record SectorSet(String name, Set<String> sectors) {
        public boolean contains(String sector) {
            return sector != null && sectors.contains(sector);
        }

        /** The one sector of a group that names a single one. */
        public String only() {
            if (sectors.size() != 1) {
                throw new IllegalStateException(ROOT + SECTOR_SETS + ": '" + name + "' must hold exactly one sector");
            }
            return sectors.iterator().next();
        }
    }

    /** An act's code to another code: the longest listed code the act starts with applies, else {@code *}. */
    public record EventMap(String name, Map<String, String> entries) {
        public Optional<String> apply(String code) {
            for (int length = code.length(); length > 0; length--) {
                String mapped = entries.get(code.substring(0, length));
                if (mapped != null) {
                    return Optional.of(mapped);
                }
            }
            return Optional.ofNullable(entries.get(ANY));
        }
    }

    private final Map<String, EventSet> eventSets;
    private final Map<String, SectorSet> sectorSets;
    private final Map<String, EventMap> eventMaps;

    private CameoTables(Map<String, EventSet> eventSets, Map<String, SectorSet> sectorSets,
                        Map<String, EventMap> eventMaps) {
        this.eventSets = Map.copyOf(eventSets);
        this.sectorSets = Map.copyOf(sectorSets);
        this.eventMaps = Map.copyOf(eventMaps);
    }

    /** The tables shipped with Warta, read once. */
    public static CameoTables shipped() {
        return Shipped.TABLES;
    }

    public EventSet events(String name) {
        return named(eventSets, name, EVENT_SETS);
    }

    public SectorSet sectors(String name) {
        return named(sectorSets, name, SECTOR_SETS);
    }

    public EventMap map(String name) {
        return named(eventMaps, name, EVENT_MAPS);
    }

    private static <T> T named(Map<String, T> tables, String name, String file) {
        T t = tables.get(name);
        if (t == null) {
            throw new IllegalStateException(ROOT + file + " has no '" + name + "'");
        }
        return t;
    }

    /**
     * Reads the three files through {@code files} (file name to its lines).
     *
     * @throws IllegalArgumentException naming the file and line of the first line that is not right
     */
    static CameoTables read(Function<String, List<String>> files) {
        Map<String, EventSet> events = new LinkedHashMap<>();
        for (Row row : rows(EVENT_SETS, files.apply(EVENT_SETS))) {
            row.require(2, 4);
            String name = row.cell(0);
            List<String> codes = eventCodes(row, row.cell(1));
            if (codes.isEmpty()) {
                throw row.error("'" + name + "' lists no codes");
            }
            unique(row, events.put(name, new EventSet(name, codes, eventCodes(row, row.cell(2)))));
        }
        Map<String, SectorSet> sectors = new LinkedHashMap<>();
        for (Row row : rows(SECTOR_SETS, files.apply(SECTOR_SETS))) {
            row.require(2, 3);
            Set<String> codes = new LinkedHashSet<>();
            for (String s : words(row.cell(1))) {
                if (!s.matches("[A-Z]{3}")) {
                    throw row.error("'" + s + "' is no sector code (three capital letters)");
                }
                codes.add(s);
            }
            if (codes.isEmpty()) {
                throw row.error("'" + row.cell(0) + "' lists no sectors");
            }
            unique(row, sectors.put(row.cell(0), new SectorSet(row.cell(0), Set.copyOf(codes))));
        }
        Map<String, Map<String, String>> maps = new LinkedHashMap<>();
        for (Row row : rows(EVENT_MAPS, files.apply(EVENT_MAPS))) {
            row.require(3, 3);
            String act = row.cell(1).equals(ANY) ? ANY : eventCode(row, row.cell(1));
            String code = eventCode(row, row.cell(2));
            if (maps.computeIfAbsent(row.cell(0), k -> new LinkedHashMap<>()).put(act, code) != null) {
                throw row.error("'" + row.cell(0) + "' maps " + act + " twice");
            }
        }
        Map<String, EventMap> eventMaps = new LinkedHashMap<>();
        maps.forEach((name, entries) -> eventMaps.put(name, new EventMap(name, Map.copyOf(entries))));
        return new CameoTables(events, sectors, eventMaps);
    }

    private static void unique(Row row, Object previous) {
        if (previous != null) {
            throw row.error("'" + row.cell(0) + "' is defined twice");
        }
    }

    private static List<String> eventCodes(Row row, String cell) {
        List<String> codes = new ArrayList<>();
        for (String c : words(cell)) {
            codes.add(eventCode(row, c));
        }
        return List.copyOf(codes);
    }

    private static String eventCode(Row row, String code) {
        if (CameoCodes.event(code).isEmpty()) {
            throw row.error("unknown CAMEO event code '" + code + "'");
        }
        return code;
    }

    private static List<String> words(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.strip().split("\\s+"));
    }

    /** One line of a table, with where it is for messages. */
    private record Row(String where, String[] cells) {
        String cell(int i) {
            return i < cells.length ? cells[i].strip() : "";
        }

        void require(int min, int max) {
            if (cells.length < min || cells.length > max || cell(0).isEmpty()) {
                throw error("expected " + (min == max ? min : min + " to " + max) + " tab-separated columns, found "
                        + cells.length);
            }
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(where + ": " + message);
        }
    }

    private static List<Row> rows(String file, List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                rows.add(new Row(ROOT + file + ":" + (i + 1), line.split("\t", -1)));
            }
        }
        return rows;
    }

    static List<String> resourceLines(String file) {
        String resource = ROOT + file;
        InputStream in = CameoTables.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
