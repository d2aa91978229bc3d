package org.warta.cameo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sector an actor named only by its country takes from the act it does, read from
 * {@code org/warta/cameo/actor-sectors.tsv}: "India struck Pakistan" is done by India's armed forces (INDMIL),
 * "Islamabad said" by Pakistan's government (PAKGOV). Every line is checked when read.
 */
public final class ActorSectors {
    static final String FILE = "actor-sectors.tsv";
    /** The sector of an act after which the country is left as it is. */
    static final String KEEP = "-";

    private static final class Shipped {
        static final ActorSectors SECTORS = read(CameoTables.resourceLines(FILE));
    }

    private final Map<String, String> source;

    private ActorSectors(Map<String, String> source) {
        this.source = Map.copyOf(source);
    }

    /** The table shipped with Warta, read once. */
    public static ActorSectors shipped() {
        return Shipped.SECTORS;
    }

    /** The sector of a source named only by its country that does {@code code}, if the table gives one. */
    public Optional<String> ofSource(String code) {
        for (int length = code.length(); length > 0; length--) {
            String sector = source.get(code.substring(0, length));
            if (sector != null) {
                return sector.equals(KEEP) ? Optional.empty() : Optional.of(sector);
            }
        }
        return Optional.ofNullable(source.get(CameoTables.ANY)).filter(s -> !s.equals(KEEP));
    }

    /**
     * Reads the table's lines.
     *
     * @throws IllegalArgumentException naming the line that is not right
     */
    static ActorSectors read(List<String> lines) {
        Map<String, String> source = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String where = CameoTables.ROOT + FILE + ":" + (i + 1);
            String[] cells = line.split("\t", -1);
            if (cells.length != 3 || !cells[0].strip().equals("source")) {
                throw new IllegalArgumentException(where + ": expected source<TAB>act<TAB>sector");
            }
            String act = cells[1].strip();
            String sector = cells[2].strip();
            if (!act.equals(CameoTables.ANY) && CameoCodes.event(act).isEmpty()) {
                throw new IllegalArgumentException(where + ": unknown CAMEO event code '" + act + "'");
            }
            if (!sector.matches("[A-Z]{3}") && !sector.equals(KEEP)) {
                throw new IllegalArgumentException(where + ": '" + sector + "' is no sector code");
            }
            if (source.put(act, sector) != null) {
                throw new IllegalArgumentException(where + ": '" + act + "' is given twice");
            }
        }
        return new ActorSectors(source);
    }
}
