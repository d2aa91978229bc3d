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
    /** What the role vocabulary knows about one role. */
    public record Role(String name, String sector, int rank) {
    }

    private final Map<String, Role> roles;

    private Roles(Map<String, Role> roles) {
        this.roles = Map.copyOf(roles);
    }

    static Roles load() {
        Map<String, Role> out = new LinkedHashMap<>();
        for (String line : KnowledgeBase.resourceLines("org/warta/kb/roles.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length >= 2) {
                int rank = cells.length > 2 ? Integer.parseInt(cells[2].strip()) : 0;
                out.put(cells[0].strip(), new Role(cells[0].strip(), cells[1].strip(), rank));
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
