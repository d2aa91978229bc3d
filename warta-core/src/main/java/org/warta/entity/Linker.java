package org.warta.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warta.model.Entity;
import org.warta.token.Scripts;

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
        People index = new People();
        for (Mention m : mentions) {
            if (m.type == Entity.Type.PERSON) {
                Mention full = index.fuller(m);
                if (full != null) {
                    copy(full, m);
                } else {
                    people.add(m);
                    index.add(m);
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
        if (full == null) {
            return null;
        }
        List<String> fullWords = words(full);
        return fullWords.size() > words.size() && fullWords.containsAll(words) ? full : null;
    }

    /** A person's mention with the words of its name. */
    private record Named(Mention mention, List<String> words) {
    }

    /**
     * The people named so far, indexed by the words of their names so that finding the fuller name of a mention
     * costs time in proportion to the names sharing its words, not to every name of the article. Among names
     * holding every word of a mention and more, the longest wins, the earliest among equals.
     */
    private static final class People {
        /** One entry per distinct name: a name repeated later can never win over its first mention. */
        private final Map<List<String>, Named> byWords = new HashMap<>();
        private final Map<String, List<Named>> byWord = new HashMap<>();
        /** The answer found so far for each set of words asked about, advanced over names added since. */
        private final Map<Set<String>, Search> searches = new HashMap<>();
        private Named longest;

        void add(Mention m) {
            List<String> words = words(m);
            if (byWords.containsKey(words)) {
                return;
            }
            Named named = new Named(m, words);
            byWords.put(words, named);
            for (String w : new LinkedHashSet<>(words)) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(named);
            }
            if (longest == null || words.size() > longest.words.size()) {
                longest = named;
            }
        }

        Mention fuller(Mention m) {
            List<String> words = words(m);
            Named best;
            if (words.isEmpty()) {
                best = longest; // every name holds no words at all
            } else {
                Search search = searches.computeIfAbsent(new HashSet<>(words), this::search);
                best = search == null ? null : search.advance();
            }
            return best != null && best.words.size() > words.size() ? best.mention : null;
        }

        /** A search over the names holding the rarest of the words; null when some word is in no name yet. */
        private Search search(Set<String> words) {
            List<Named> rarest = null;
            for (String w : words) {
                List<Named> holders = byWord.get(w);
                if (holders == null) {
                    return null;
                }
                if (rarest == null || holders.size() < rarest.size()) {
                    rarest = holders;
                }
            }
            return new Search(words, rarest);
        }
    }

    /** The longest name holding a set of words, kept up to date as names are added to the list it reads. */
    private static final class Search {
        private final Set<String> words;
        private final List<Named> holders;
        private int seen;
        private Named best;

        Search(Set<String> words, List<Named> holders) {
            this.words = words;
            this.holders = holders;
        }

        Named advance() {
            for (; seen < holders.size(); seen++) {
                Named n = holders.get(seen);
                if ((best == null || n.words().size() > best.words().size()) && n.words().containsAll(words)) {
                    best = n;
                }
            }
            return best;
        }
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
                if (full == null || Scripts.ideographic(t.surface().codePointAt(0))) {
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
