package org.warta.event;

import java.util.ArrayList;
import java.util.List;
import org.warta.kb.KbEntity;
import org.warta.kb.Roles;

/**
 * Adjacent actor words gathered into one actor phrase: "the senior Guyanese police officer" (country GUY, sector
 * COP), "Menteri Luar Negeri Rusia Sergei Lavrov" (sector GOV, country RUS, a person), "kedua menteri" (a
 * collective). Token offsets are into the sentence's token list.
 */
final class ActorGroup {
    int from;
    int to;
    String country;
    String fixedCode;
    final List<String> sectors = new ArrayList<>();
    private boolean weakSectors;
    /** How good the name is: 4 a linked person, 3 a capitalised name, 2 an organisation, 1 a country. */
    private int nameRank;
    String label;
    String name;
    String kbId;
    int entity = -1;
    boolean person;
    /** Holds a word of the role vocabulary ("spokesperson", "Sekjen"), not only a sector noun ("police"). */
    boolean role;
    /** Role words preferred when resolving a collective ("minister|secretary"), "" for any actors; null if not one. */
    String collective;
    /** "singular" or "plural" for a pronoun, else null. */
    String pronoun;
    boolean counterpart;
    boolean adjectiveOnly = true;
    /** The name is a place within a country ("Sabah", "Bavaria"), not a country's own name. */
    boolean regionName;
    /** Only places so far: country names and adjectives, places the entity layer gave a country. */
    boolean placesOnly = true;
    /** Index of the coordination ("A and B") this group belongs to, or -1. */
    int list = -1;

    ActorGroup(ActorPiece p) {
        from = p.from();
        to = p.to();
        add(p);
    }

    void add(ActorPiece p) {
        from = Math.min(from, p.from());
        to = Math.max(to, p.to());
        switch (p.kind()) {
            case COUNTRY -> adjectiveOnly &= p.adjective();
            case COLLECTIVE -> collective = p.label() == null ? "" : p.label();
            case PRONOUN -> pronoun = p.label() == null ? "singular" : p.label();
            case COUNTERPART -> counterpart = true;
            default -> {
            }
        }
        if (p.kind() != ActorEntry.Kind.COUNTRY) {
            adjectiveOnly = false;
            placesOnly = false;
        }
        if (p.kind() == ActorEntry.Kind.AGENT && p.label() != null && Roles.vocabulary().contains(p.label())) {
            role = true;
        }
        if (p.country() != null && country == null) {
            country = p.country();
        }
        if (p.fixedCode() != null) {
            if (fixedCode == null) {
                fixedCode = p.fixedCode();
            } else {
                addSector(sectorOf(p.fixedCode()));
            }
        }
        addSector(p.sector());
        if (p.person()) {
            person = true;
            if (p.label() != null) {
                label = p.label();
            }
        } else if (label == null && p.kind() != ActorEntry.Kind.COLLECTIVE && p.kind() != ActorEntry.Kind.PRONOUN) {
            label = p.label();
        }
        int rank = p.person() ? (p.entity() >= 0 ? 4 : 3) : p.kind() == ActorEntry.Kind.ACTOR ? 2
                : p.kind() == ActorEntry.Kind.COUNTRY && !p.adjective() ? 1 : 0;
        if (p.name() != null && rank > nameRank) {
            name = p.name();
            nameRank = rank;
            regionName = p.kind() == ActorEntry.Kind.COUNTRY && p.kbId() != null && !KbEntity.isCountryId(p.kbId());
        }
        if (p.kbId() != null && (kbId == null || p.person())) {
            kbId = p.kbId();
        }
        if (p.entity() >= 0 && (entity < 0 || p.person())) {
            entity = p.entity();
        }
    }

    void absorb(ActorGroup other) {
        from = Math.min(from, other.from);
        to = Math.max(to, other.to);
        if (country == null) {
            country = other.country;
        }
        if (fixedCode == null) {
            fixedCode = other.fixedCode;
        }
        other.sectors.forEach(this::addSector);
        if (label == null) {
            label = other.label;
        }
        if (!person && other.person) {
            person = true;
            kbId = other.kbId;
            entity = other.entity;
            if (other.label != null) {
                label = other.label;
            }
        }
        if (other.name != null && other.nameRank > nameRank) {
            name = other.name;
            nameRank = other.nameRank;
            regionName = other.regionName;
        }
        counterpart |= other.counterpart;
        role |= other.role;
        adjectiveOnly &= other.adjectiveOnly;
        placesOnly &= other.placesOnly;
    }

    /**
     * Adds a sector. A weak one ("GOV?", from "leader" or "officials") only counts when nothing stronger is said:
     * "leaders of the Muslim Brotherhood" are OPP, "defense and military officials" MIL.
     */
    void addSector(String sector) {
        if (sector == null || sector.isEmpty()) {
            return;
        }
        boolean weak = sector.endsWith("?");
        String s = weak ? sector.substring(0, sector.length() - 1) : sector;
        if (weak) {
            if (sectors.isEmpty()) {
                sectors.add(s);
                weakSectors = true;
            }
            return;
        }
        if (weakSectors) {
            sectors.clear();
            weakSectors = false;
        }
        if (CameoRules.STATE_FORCES.contains(s) && sectors.equals(List.of(CameoRules.GOVERNMENT))) {
            // "government forces", "pasukan pemerintah": a state's armed forces are coded MIL, its police COP
            sectors.clear();
        }
        if (!sectors.contains(s)) {
            sectors.add(s);
        }
    }

    int nameRank() {
        return nameRank;
    }

    /**
     * A role in an organisation with no person's name: "Jurucakap Bomba Selangor", "the secretary-general of the
     * Arab League". Its words name who speaks; the organisation is where the role belongs, not the speaker. (A role
     * of a country, "Thủ tướng Malaysia", keeps the country's name; a role of a region, "Menteri Kewangan Sabah",
     * "the Chief Minister of Sabah", is the role's words, since the region is not who speaks.)
     */
    boolean unnamedRoleHolder() {
        return role && !person && (nameRank != 1 || regionName);
    }

    boolean isCollective() {
        return collective != null;
    }

    boolean isPronoun() {
        return pronoun != null;
    }

    /** The actor this phrase names on its own (collectives and pronouns need the discourse to resolve). */
    ActorRef ref(String surface) {
        if (person && entity >= 0 && sectors.isEmpty() && fixedCode == null && label == null) {
            // CAMEO's catch-all for individuals with no other role
            return new ActorRef(country, null, List.of(CameoRules.INDIVIDUAL), name != null ? name : surface, kbId, null,
                    counterpart, true);
        }
        // "misi diplomatik Rusia" is named by its words, not by the country it belongs to
        String named = name != null && (nameRank >= 2 || sectors.isEmpty()) ? name : surface;
        return new ActorRef(country, fixedCode, sectors, named, kbId, label, counterpart, entity >= 0 && person);
    }

    static String sectorOf(String code) {
        if (code == null) {
            return null;
        }
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            String block = code.substring(i, i + 3);
            if (EventLexicon.isSector(block)) {
                return block;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "[" + from + "," + to + " " + country + "/" + fixedCode + sectors + (person ? " person " + name : "")
                + (collective != null ? " collective" : "") + (pronoun != null ? " pronoun" : "") + "]";
    }
}
