package org.warta.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.model.Entity;

/**
 * Links mentions across an article: a short mention of a person ("Lavrov", "Trump") takes the canonical name,
 * knowledge-base id, role and country of the fuller mention it is part of ("Sergei Lavrov"), and capitalised
 * words that repeat part of a person's name are found even where the sentence rules passed them over.
 */
final class Linker {
    /** Words of a name shorter than this are not used to find short mentions ("Li", "Wu"). */
    private static final int MIN_PART = 3;

    private Linker() {
    }

    static List<Mention> link(List<SentenceView> views, List<Mention> mentions) {
        List<Mention> people = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type == Entity.Type.PERSON) {
                Mention full = fuller(m, people);
                if (full != null) {
                    copy(full, m);
                } else {
                    people.add(m);
                }
            }
        }
        Map<String, Mention> byPart = parts(people);
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type == null) {
                Mention full = fullerByParts(m, byPart);
                if (full == null) {
                    continue;
                }
                m.type = Entity.Type.PERSON;
                copy(full, m);
            }
            out.add(m);
        }
        if (!byPart.isEmpty()) {
            out.addAll(missedParts(views, out, byPart));
        }
        return out;
    }

    /** The person named in full elsewhere whose name holds every word of an unresolved mention. */
    private static Mention fullerByParts(Mention m, Map<String, Mention> byPart) {
        List<String> words = words(m);
        if (words.isEmpty()) {
            return null;
        }
        Mention full = byPart.get(words.get(0));
        return full != null && words(full).size() > words.size() && words(full).containsAll(words) ? full : null;
    }

    /** An earlier or later person whose name holds every word of this one, and more. */
    private static Mention fuller(Mention m, List<Mention> people) {
        List<String> words = words(m);
        Mention best = null;
        for (Mention p : people) {
            List<String> pw = words(p);
            if (pw.size() > words.size() && pw.containsAll(words) && (best == null || pw.size() > words(best).size())) {
                best = p;
            }
        }
        return best;
    }

    private static void copy(Mention full, Mention m) {
        if (m.kb == null && full.kb != null) {
            m.link(full.kb);
        }
        m.canonical = full.canonical != null ? full.canonical : text(full);
        m.kbId = full.kbId;
        if (m.role == null) {
            m.role = full.role;
        }
        if (m.country == null) {
            m.country = full.country;
        }
    }

    private static Map<String, Mention> parts(List<Mention> people) {
        Map<String, Mention> byPart = new HashMap<>();
        for (Mention p : people) {
            List<String> words = words(p);
            if (words.size() < 2) {
                continue;
            }
            for (String w : words) {
                if (w.length() >= MIN_PART && !p.view.cues.stops.contains(w)) {
                    byPart.putIfAbsent(w, p);
                }
            }
        }
        return byPart;
    }

    /** Capitalised words equal to a part of a person's name that no mention covers yet. */
    private static List<Mention> missedParts(List<SentenceView> views, List<Mention> mentions,
                                             Map<String, Mention> byPart) {
        Map<SentenceView, boolean[]> covered = new HashMap<>();
        for (Mention m : mentions) {
            boolean[] c = covered.computeIfAbsent(m.view, v -> new boolean[v.size()]);
            for (int i = m.first; i < m.last; i++) {
                c[i] = true;
            }
        }
        List<Mention> added = new ArrayList<>();
        for (SentenceView v : views) {
            boolean[] c = covered.get(v);
            for (int i = 0; i < v.size(); i++) {
                Token t = v.token(i);
                if (c != null && c[i] || !t.word() || !(t.capitalised() || t.shape() == Token.NONE || v.caseless)
                        || v.roleAt[i] >= 0 || v.kbAt[i] >= 0) {
                    continue;
                }
                Mention full = byPart.get(t.norm());
                if (full == null || Tokenizer.isIdeographic(t.surface().codePointAt(0))) {
                    continue;
                }
                Mention m = new Mention(v, i, i + 1, Entity.Type.PERSON, 0.6);
                copy(full, m);
                added.add(m);
            }
        }
        return added;
    }

    private static List<String> words(Mention m) {
        List<String> out = new ArrayList<>();
        for (int i = m.first; i < m.last; i++) {
            if (m.view.token(i).word()) {
                out.add(m.view.token(i).norm());
            }
        }
        return out;
    }

    private static String text(Mention m) {
        StringBuilder b = new StringBuilder();
        for (int i = m.first; i < m.last; i++) {
            Token t = m.view.token(i);
            if (i > m.first && m.view.token(i - 1).end() < t.start()) {
                b.append(' ');
            }
            b.append(t.surface());
        }
        return b.toString();
    }
}
