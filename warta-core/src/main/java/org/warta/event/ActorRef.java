package org.warta.event;

import java.util.ArrayList;
import java.util.List;
import org.warta.model.Event;

/**
 * An actor as the coder resolved it: a country or a fixed code (an organisation, "RUSGOV" for the Kremlin), sector
 * codes, and what it is called. Its CAMEO code is the country or fixed code followed by the sectors, as GDELT
 * writes them: RUS + GOV = RUSGOV, IGOUNO + MIL = IGOUNOMIL, no country + COP = COP.
 */
record ActorRef(String country, String fixedCode, List<String> sectors, String name, String kbId, String roleLabel,
                boolean counterpart, boolean recognised) {
    ActorRef(String country, String fixedCode, List<String> sectors, String name, String kbId, String roleLabel,
             boolean counterpart) {
        this(country, fixedCode, sectors, name, kbId, roleLabel, counterpart, false);
    }

    ActorRef {
        sectors = List.copyOf(sectors);
    }

    String code() {
        StringBuilder b = new StringBuilder(fixedCode != null ? fixedCode : country != null ? country : "");
        int added = 0;
        for (String s : sectors) {
            if (added < 2 && !hasBlock(b, s)) {
                b.append(s);
                added++;
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** The country of the actor: stated, or the first three letters of a fixed code that is a country. */
    String countryCode() {
        if (country != null) {
            return country;
        }
        if (fixedCode != null && fixedCode.length() >= 3 && EventLexicon.isCountry(fixedCode.substring(0, 3))) {
            return fixedCode.substring(0, 3);
        }
        return null;
    }

    /** The first sector: a stated one, else the first role block of a fixed code. */
    String primarySector() {
        if (fixedCode != null) {
            for (int i = 3; i + 3 <= fixedCode.length(); i += 3) {
                String block = fixedCode.substring(i, i + 3);
                if (EventLexicon.isSector(block)) {
                    return block;
                }
            }
        }
        return sectors.isEmpty() ? null : sectors.get(0);
    }

    /** True when nothing identifies the actor: no code, and not a person or organisation the entity layer found. */
    boolean isEmpty() {
        return code() == null && !recognised;
    }

    /** True when the actor has a sector or is a person or organisation, not just a place named in passing. */
    boolean isAgent() {
        return !sectors.isEmpty() || fixedCode != null || kbId != null && !kbId.startsWith("country");
    }

    ActorRef withSectors(List<String> more, String label) {
        List<String> all = new ArrayList<>(sectors);
        for (String s : more) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        return new ActorRef(country, fixedCode, all, name, kbId, roleLabel != null ? roleLabel : label, false, recognised);
    }

    Event.Actor toActor() {
        return new Event.Actor(code(), name, countryCode(), primarySector(), kbId);
    }

    /** True when both name the same actor code. */
    boolean sameCode(ActorRef o) {
        return o != null && java.util.Objects.equals(code(), o.code());
    }

    private static boolean hasBlock(CharSequence code, String block) {
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            if (code.subSequence(i, i + 3).toString().equals(block)) {
                return true;
            }
        }
        return false;
    }
}
