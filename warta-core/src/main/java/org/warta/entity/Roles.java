package org.warta.entity;

import java.util.List;
import org.warta.model.Entity;

/**
 * Gives people their role and country from the words around them: a role phrase and a country before the name
 * ("Menteri Luar Negeri Rusia Sergei Lavrov", "Russian Foreign Minister Sergei Lavrov"), a counterpart phrase
 * ("mitranya dari AS, Marco Rubio"), or an apposition after it ("Sergei Lavrov, Russia's foreign minister").
 */
final class Roles {
    /** How far after a name an apposition's role may start. */
    private static final int WINDOW = 8;
    /** The most tokens a title may take. */
    private static final int TITLE_TOKENS = 12;

    private Roles() {
    }

    /** What the words before or after a name said. */
    record Context(String role, boolean counterpart, String country) {
        boolean found() {
            return role != null || counterpart;
        }
    }

    static void attach(SentenceView v, List<Mention> mentions, org.warta.kb.Roles vocabulary) {
        for (Mention m : mentions) {
            if (m.type != Entity.Type.PERSON) {
                continue;
            }
            int first = titleWrittenOnto(v, m.first);
            Context c = v.cues.rolesAfterNames ? following(v, m.last) : before(v, first);
            if (!c.found() && v.cues.rolesAfterNames) {
                c = before(v, first);
            }
            if (!c.found()) {
                c = after(v, m.last);
            }
            if (!c.found()) {
                continue;
            }
            if (c.role() != null) {
                if (!knownRoleOutranks(m, c.role(), vocabulary)) {
                    m.role = c.role();
                }
            } else if (m.kb == null || m.kb.role() == null) {
                m.role = "counterpart";
            }
            String country = c.country() != null ? c.country() : countryRightAfter(v, m.last);
            if (country != null) {
                m.country = country;
            }
        }
    }

    /** Where a title written onto a name without a space starts (นางสาวแพทองธาร), else the name's first token. */
    private static int titleWrittenOnto(SentenceView v, int first) {
        // a title in a script without spaces is several tokens, one a character
        for (int k = Math.max(0, first - TITLE_TOKENS); k < first; k++) {
            if (v.titleEnd[k] == first && v.token(first - 1).end() == v.token(first).start()) {
                return k;
            }
        }
        return first;
    }

    /** "Menteri Rubio" says minister; the knowledge base knows the more precise secretary of state. */
    private static boolean knownRoleOutranks(Mention m, String textRole, org.warta.kb.Roles vocabulary) {
        if (m.kb == null || m.kb.role() == null || m.kb.former()) {
            return false;
        }
        org.warta.kb.Roles.Role known = vocabulary.get(m.kb.role());
        org.warta.kb.Roles.Role said = vocabulary.get(textRole);
        return known != null && said != null && known.rank() > said.rank();
    }

    /** True when a title, a role or a counterpart phrase stands just before a token: what follows is a person. */
    static boolean personCueBefore(SentenceView v, int first) {
        for (int k = Math.max(0, first - 3); k < first; k++) {
            if (v.titleEnd[k] == first) {
                return true;
            }
        }
        return before(v, first).found();
    }

    /**
     * Reads leftwards from a name: first the country nearest to it ("dari AS," / "Rusia"), then a role or
     * counterpart phrase, then a country standing right before that phrase ("Russian Foreign Minister"). Commas
     * and link words may separate the name from what stands before it, never a role from an earlier country.
     */
    static Context before(SentenceView v, int first) {
        int pos = skipLinks(v, first);
        String country = null;
        SentenceView.KbMatch near = countryEndingAt(v, pos);
        if (near != null) {
            country = near.name().entity().country();
            pos = skipLinks(v, near.start());
        }
        String role = null;
        boolean counterpart = false;
        SentenceView.RoleMatch r = v.roleEndingAt(pos);
        int cp = counterpartEndingAt(v, pos);
        if (r != null) {
            role = r.role();
            if (r.countryStart() >= 0 && country == null) {
                country = v.kbMatchAt(r.countryStart()).name().entity().country();
            }
            pos = r.start();
        } else if (cp >= 0) {
            counterpart = true;
            pos = cp;
        } else {
            return new Context(null, false, null);
        }
        SentenceView.KbMatch far = countryEndingAt(v, pos);
        if (far != null && country == null) {
            country = far.name().entity().country();
        }
        return new Context(role, counterpart, country);
    }

    private static int skipLinks(SentenceView v, int pos) {
        int steps = 0;
        while (pos > 0 && steps++ < 3) {
            Token t = v.token(pos - 1);
            if (!(t.is(',') || v.cues.links.contains(t.norm()))) {
                break;
            }
            pos--;
        }
        return pos;
    }

    /** A country, or a province or town whose country is known ("Gubernur Jawa Barat", "Bupati Sleman"). */
    private static SentenceView.KbMatch countryEndingAt(SentenceView v, int pos) {
        SentenceView.KbMatch k = pos > 0 ? v.kbMatchAt(pos - 1) : null;
        return k != null && k.end() == pos && isPlace(k) ? k : null;
    }

    private static boolean isPlace(SentenceView.KbMatch k) {
        return SentenceView.isCountryLike(k)
                || k.name().entity().type() == Entity.Type.GPE && k.name().entity().country() != null;
    }

    /** "Maria Lopes of Portugal": a link word or two, then a country, right after the name. */
    private static String countryRightAfter(SentenceView v, int last) {
        int pos = last;
        int steps = 0;
        while (pos < v.size() && steps++ < 2 && v.cues.links.contains(v.token(pos).norm())) {
            pos++;
        }
        if (pos == last || pos >= v.size()) {
            return null;
        }
        return v.countryEnd(pos) > 0 ? v.kbMatchAt(pos).name().entity().country() : null;
    }

    private static int counterpartEndingAt(SentenceView v, int pos) {
        for (int k = Math.max(0, pos - 4); k < pos; k++) {
            if (v.counterpartEnd[k] == pos) {
                return k;
            }
        }
        return -1;
    }

    /**
     * For a language whose role words follow the name: a role phrase right after it, with a country between them
     * or in the phrase's slot ("트럼프 미국 대통령", "石破茂首相").
     */
    static Context following(SentenceView v, int last) {
        int pos = last;
        String country = null;
        if (pos < v.size() && v.countryEnd(pos) > 0) {
            country = v.kbMatchAt(pos).name().entity().country();
            pos = v.countryEnd(pos);
        }
        SentenceView.RoleMatch r = pos < v.size() ? v.roleAt(pos) : null;
        if (r == null || r.start() != pos) {
            return new Context(null, false, null);
        }
        if (r.countryStart() >= 0 && country == null) {
            country = v.kbMatchAt(r.countryStart()).name().entity().country();
        }
        return new Context(r.role(), false, country);
    }

    /** "Sergei Lavrov, Russia's foreign minister": a comma, a role phrase, and a country inside or around it. */
    static Context after(SentenceView v, int last) {
        if (last >= v.size() || !v.token(last).is(',')) {
            return new Context(null, false, null);
        }
        int pos = last + 1;
        String country = null;
        int steps = 0;
        while (pos < v.size() && steps++ < WINDOW) {
            int end = v.countryEnd(pos);
            if (end > 0) {
                country = country == null ? v.kbMatchAt(pos).name().entity().country() : country;
                pos = end;
                continue;
            }
            SentenceView.RoleMatch r = v.roleAt(pos);
            if (r != null && r.start() == pos) {
                if (r.countryStart() >= 0) {
                    country = v.kbMatchAt(r.countryStart()).name().entity().country();
                } else if (country == null) {
                    country = countryAfter(v, r.end());
                }
                return new Context(r.role(), false, country);
            }
            if (v.cues.links.contains(v.token(pos).norm())) {
                pos++;
                continue;
            }
            break;
        }
        return new Context(null, false, null);
    }

    private static String countryAfter(SentenceView v, int pos) {
        for (int i = pos; i < Math.min(v.size(), pos + 3); i++) {
            if (v.countryEnd(i) > 0) {
                return v.kbMatchAt(i).name().entity().country();
            }
            if (!v.cues.links.contains(v.token(i).norm())) {
                break;
            }
        }
        return null;
    }
}
