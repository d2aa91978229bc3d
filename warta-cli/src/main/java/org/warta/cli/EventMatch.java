package org.warta.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.warta.cameo.CameoCodes;
import org.warta.model.Event;

/**
 * Compares coded events with UniversalPetrarch gold codings.
 *
 * <p>Event codes are compared at the precision the gold gives: three digits ("190_use_..." and "1124" both compare
 * their base code, as validation.py's Spanish option does), two digits for a cue category ("14"), a set
 * ("18/19/20") or a range ("081-083"). The gold's actor codes come from the Phoenix dictionaries, Warta's from CAMEO
 * country and role codes, so actors are compared by country and primary sector: both are read from the code (the
 * first three letters are the country, "---" none; the sector is the first role code after it, so "PSEGZACVL" is
 * PSE and CVL; for international actors the organisation stands in for the country, so "IGOUNOMIL" is UNO and MIL
 * and "IGOEUREEC" is EEC). Two rules:
 * <ul>
 *   <li>lenient (the reported figure): an actor matches unless it contradicts the gold: it must be present where the
 *   gold names one, and its country and sector must be the gold's wherever both sides state one ("USAGOV" for a
 *   gold "USA" is right, "RUSGOV" for "USAGOV" is not). A gold "---" (no actor coded) accepts any actor.</li>
 *   <li>strict: country and sector must be equal, a missing one only matching a missing one.</li>
 * </ul>
 * A file whose gold codes no actor at all (the protest set) is compared on event codes only.
 */
final class EventMatch {
    private static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "NGM", "MNC", "INT", "UIS", "IGN");
    /** Religion and ethnicity codes that qualify an actor without naming its sector. */
    private static final Set<String> QUALIFIERS = Set.of("MUS", "CHR", "JEW", "HIN", "BUD", "SHI", "SUN", "CTH",
            "ORT", "ISL", "KUR", "ARB");

    private EventMatch() {
    }

    /** Country (or organisation) and primary sector of an actor code; either may be null. */
    record Key(String country, String sector) {
        static final Key NONE = new Key(null, null);

        boolean isNone() {
            return country == null && sector == null;
        }
    }

    static Key goldKey(String code) {
        if (code == null || code.isBlank() || code.replace("-", "").isBlank()) {
            return Key.NONE;
        }
        String c = code.strip();
        String first = c.length() >= 3 ? c.substring(0, 3) : c;
        List<String> blocks = new ArrayList<>();
        for (int i = 3; i + 3 <= c.length(); i += 3) {
            blocks.add(c.substring(i, i + 3));
        }
        if (INTERNATIONAL.contains(first)) {
            String identity = null;
            String sector = null;
            for (String b : blocks) {
                if (isSector(b)) {
                    sector = sector == null ? b : sector;
                } else if (!isRegion(b) && !QUALIFIERS.contains(b) && identity == null) {
                    identity = b;
                }
            }
            return new Key(first + ":" + (identity == null ? "" : identity), sector);
        }
        if (isSector(first) && !first.equals("---")) {
            return new Key(null, first); // a code with no country: "COP", "REB"
        }
        String country = first.equals("---") ? null : first;
        String sector = null;
        for (String b : blocks) {
            if (isSector(b)) {
                sector = b;
                break;
            }
        }
        return new Key(country, sector);
    }

    static Key codedKey(Event.Actor a) {
        if (a == null || a.code() == null) {
            return Key.NONE;
        }
        if (a.country() != null) {
            return new Key(a.country(), a.role());
        }
        return goldKey(a.code());
    }

    static boolean actorMatches(String gold, Event.Actor coded, boolean strict) {
        Key g = goldKey(gold);
        Key c = codedKey(coded);
        if (strict) {
            return java.util.Objects.equals(g, c);
        }
        if (g.isNone()) {
            return true;
        }
        if (c.isNone()) {
            return false;
        }
        return compatible(g.country(), c.country()) && compatible(g.sector(), c.sector());
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    /** Whether a coded CAMEO code matches the gold's event code at the gold's precision. */
    static boolean codeMatches(String gold, String coded, boolean strict) {
        String g = gold.strip();
        int cut = g.indexOf('_');
        if (cut > 0) {
            g = g.substring(0, cut);
        }
        if (g.isEmpty() || coded == null) {
            return false;
        }
        String root = coded.substring(0, 2);
        String base = CameoCodes.event(coded).map(CameoCodes.EventCode::base).orElse(coded);
        if (g.contains("/")) {
            return Set.of(g.split("/")).contains(root);
        }
        if (g.matches("\\d{3}-\\d{3}")) {
            String[] r = g.split("-");
            return base.length() == 3 && base.compareTo(r[0]) >= 0 && base.compareTo(r[1]) <= 0;
        }
        if (g.length() == 2) {
            return root.equals(g);
        }
        return strict ? g.equals(coded) : g.substring(0, 3).equals(base);
    }

    static boolean matches(EventGold.Coding gold, Event coded, boolean strict, boolean compareActors) {
        if (!codeMatches(gold.eventCode(), coded.code(), strict)) {
            return false;
        }
        return !compareActors || actorMatches(gold.source(), coded.actor1(), strict)
                && actorMatches(gold.target(), coded.actor2(), strict);
    }

    private static boolean isSector(String block) {
        return CameoCodes.actor(block).map(a -> a.kind().endsWith("role")).orElse(false)
                || Set.of("PTY", "UAF", "ELI", "MOD", "RAD", "INS", "SEP").contains(block);
    }

    private static boolean isRegion(String block) {
        return CameoCodes.actor(block).map(a -> a.kind().equals("region")).orElse(false);
    }
}
