package org.warta.kb;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The controlled vocabulary of roles ({@code roles.tsv}: role, CAMEO sector, rank): "president", "foreign
 * minister", "secretary of state"... Each role carries the CAMEO sector (GOV, MIL, ...) an actor code is built
 * from, and a rank used when a text gives a person two roles.
 */
public final class Roles {
    /**
     * What the role vocabulary knows about one role. A weak sector (written "GOV?") is the usual one but not the
     * only one: "leaders of the Muslim Brotherhood" are OPP.
     */
    public record Role(String name, String sector, int rank, boolean weak) {
    }

    private static volatile Roles vocabulary;

    private final Map<String, Role> roles;

    private Roles(Map<String, Role> roles) {
        this.roles = Map.copyOf(roles);
    }

    /** The built-in vocabulary ({@code org/warta/kb/roles.tsv}), read once. */
    public static Roles vocabulary() {
        Roles v = vocabulary;
        if (v == null) {
            v = load();
            vocabulary = v;
        }
        return v;
    }

    static Roles load() {
        Map<String, Role> out = new LinkedHashMap<>();
        for (String line : KnowledgeBase.resourceLines("org/warta/kb/roles.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length >= 2) {
                int rank = cells.length > 2 ? Integer.parseInt(cells[2].strip()) : 0;
                String sector = cells[1].strip();
                boolean weak = sector.endsWith("?");
                String name = cells[0].strip();
                out.put(name, new Role(name, weak ? sector.substring(0, sector.length() - 1) : sector, rank, weak));
            }
        }
        return new Roles(out);
    }

    public Role get(String role) {
        return role == null ? null : roles.get(role);
    }

    /** The CAMEO sector of a role ("GOV" for a foreign minister), or null when the role has none. */
    public String sector(String role) {
        Role r = get(role);
        return r == null || r.sector().equals("-") ? null : r.sector();
    }

    public Set<String> names() {
        return roles.keySet();
    }

    public boolean contains(String role) {
        return roles.containsKey(role);
    }
}
