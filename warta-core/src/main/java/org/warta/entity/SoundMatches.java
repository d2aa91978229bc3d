package org.warta.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warta.kb.KbEntity;
import org.warta.model.Entity;

/**
 * People of the knowledge base named in a script their entry does not hold: the words of a sentence in a script
 * other than Latin and Han that no knowledge-base name took are written in Latin letters and looked up by sound
 * ({@link NameSounds}). A piece is a word, a dictionary word of a script without spaces, or a run of syllables of
 * a script written a character at a time (Katakana); one to {@value #MAX_PIECES} pieces in a row, in one script,
 * separated by nothing, a space or a name separator ("ドナルド・トランプ"), are tried, longest first. In a script
 * with case a name starts with a capital.
 */
final class SoundMatches {
    static final int MAX_PIECES = 4;
    /** Below this, letters are Latin (and IPA) or none. */
    private static final char FIRST_NON_LATIN = '\u02B0';
    /** A name written in full with a key this long is taken on its own. */
    static final int LONG_KEY = 6;

    private final SentenceView v;
    private final NameSounds sounds;
    private Set<String> countries;
    /** The sound key of each piece, made when first asked for (see {@link #pieceKey}). */
    private String[] pieceKeys;

    private SoundMatches(SentenceView v, NameSounds sounds) {
        this.v = v;
        this.sounds = sounds;
    }

    /** A piece: tokens [first, last) in one script. */
    private record Piece(int first, int last, Character.UnicodeScript script) {
    }

    /** A name found by sound; {@code whole} when the text holds the name in as many words as the entry does. */
    private record Candidate(SentenceView.KbMatch match, String key, boolean whole, int pieces) {
    }

    /**
     * Adds the people found by sound to the views of an article's sentences. Sounds alone tell too little, as
     * short keys are shared by many words of any language (in a script that writes no short vowels, every word of
     * three root consonants has a key of three). A name is taken when the text writes it in as many words as the
     * entry and its key is long ({@value #LONG_KEY} classes or more); when its key has four classes or more and a
     * role, title or honorific stands next to it; or when the person is named in full elsewhere in the article
     * (by sound or as the base writes it) and the key has four classes or the name a capital.
     */
    static void find(List<SentenceView> views, NameSounds sounds) {
        // no size check here: that would build the sounds, which only text in another script needs
        if (sounds == null) {
            return;
        }
        List<List<Candidate>> found = new ArrayList<>(views.size());
        boolean any = false;
        for (SentenceView v : views) {
            List<Candidate> c = new SoundMatches(v, sounds).candidates();
            found.add(c);
            any |= !c.isEmpty();
        }
        if (!any) {
            return;
        }
        Set<String> named = new HashSet<>();
        for (int s = 0; s < views.size(); s++) {
            for (Candidate k : found.get(s)) {
                if (k.whole() && k.key().length() >= LONG_KEY) {
                    named.add(k.match().name().entity().id());
                }
            }
            for (SentenceView.KbMatch m : views.get(s).kb) {
                named.add(m.name().entity().id());
            }
        }
        for (int s = 0; s < views.size(); s++) {
            if (found.get(s).isEmpty()) {
                continue;
            }
            SoundMatches sm = new SoundMatches(views.get(s), sounds);
            List<SentenceView.KbMatch> kept = new ArrayList<>();
            for (Candidate c : found.get(s)) {
                boolean longKey = c.key().length() >= NameSounds.MIN_NAME_KEY;
                boolean capital = sm.v.token(c.match().start()).shape() != Token.NONE;
                if (c.whole() && c.key().length() >= LONG_KEY
                        || (longKey || capital) && named.contains(c.match().name().entity().id())
                        || longKey && sm.cued(c.match())) {
                    kept.add(c.match());
                }
            }
            if (!kept.isEmpty()) {
                sm.merge(kept);
            }
        }
    }

    private Candidate longestAt(List<Piece> pieces, int p, Candidate[] longest, boolean[] known) {
        if (!known[p]) {
            longest[p] = longestAt(pieces, p);
            known[p] = true;
        }
        return longest[p];
    }

    /** The longest name of one to {@value #MAX_PIECES} pieces starting at a piece, or null. */
    private Candidate longestAt(List<Piece> pieces, int p) {
        for (int len = Math.min(MAX_PIECES, pieces.size() - p); len >= 1; len--) {
            Candidate m = match(pieces, p, len);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private List<Candidate> candidates() {
        List<Piece> pieces = pieces();
        if (pieces.isEmpty()) {
            return List.of();
        }
        pieceKeys = new String[pieces.size()];
        // the name at a piece is asked for twice, as the next one and then as the one here: looked up once
        Candidate[] longest = new Candidate[pieces.size() + 1];
        boolean[] known = new boolean[pieces.size() + 1];
        List<Candidate> found = new ArrayList<>();
        int p = 0;
        while (p < pieces.size()) {
            Candidate here = longestAt(pieces, p, longest, known);
            Candidate next = here == null ? null : longestAt(pieces, p + 1, longest, known);
            if (here != null && (next == null || !next.whole() || next.match().end() <= here.match().end())) {
                found.add(here);
                p += here.pieces();
            } else {
                p++; // nothing here, or a name of several words starts inside this one ("Росії Сергій | Лавров")
            }
        }
        return found;
    }

    /**
     * A role, a title or a counterpart word right before the name (a country may stand between: "Russian Foreign
     * Minister"), or a role or honorific right after it.
     */
    private boolean cued(SentenceView.KbMatch m) {
        int before = m.start();
        if (before > 0 && v.kbAt[before - 1] >= 0 && v.countryEnd(v.kbMatchAt(before - 1).start()) == before) {
            before = v.kbMatchAt(before - 1).start(); // "Russian Foreign Minister"
        }
        for (int k = Math.max(0, m.start() - 3); k < m.start(); k++) {
            if (v.titleEnd[k] == m.start() || v.counterpartEnd[k] == m.start()) {
                return true;
            }
        }
        if (v.roleEndingAt(m.start()) != null || v.roleEndingAt(before) != null) {
            return true;
        }
        int after = m.end();
        if (after < v.size() && v.countryEnd(after) > 0) {
            after = v.countryEnd(after);
        }
        if (after < v.size() && v.roleAt[after] >= 0 && v.roles.get(v.roleAt[after]).start() == after) {
            return true;
        }
        return v.titlesAfter.contains(m.end());
    }

    private Candidate match(List<Piece> pieces, int p, int len) {
        String key = "";
        List<String> wordKeys = new ArrayList<>();
        String word = "";
        for (int k = p; k < p + len; k++) {
            Piece piece = pieces.get(k);
            if (k > p) {
                if (!follows(pieces.get(k - 1), piece)) {
                    return null;
                }
                if (v.token(pieces.get(k - 1).last() - 1).end() < v.token(piece.first()).start()) {
                    wordKeys.add(word);
                    word = "";
                }
            }
            String pieceKey = pieceKey(pieces, k);
            word = NameSounds.join(word, pieceKey);
            key = NameSounds.join(key, pieceKey);
        }
        wordKeys.add(word);
        int words = wordKeys.size();
        NameSounds.Entry e = sounds.find(key, countries(), x -> fits(x, wordKeys, pieces.get(p)));
        if (e == null) {
            return null;
        }
        Piece first = pieces.get(p);
        Piece last = pieces.get(p + len - 1);
        byte[] cases = new byte[last.last() - first.first()];
        return new Candidate(new SentenceView.KbMatch(first.first(), last.last(),
                new Gazetteer.Name(e.entity(), false, false, cases)), key, words > 1, len);
    }

    private String pieceKey(List<Piece> pieces, int k) {
        String key = pieceKeys[k];
        if (key == null) {
            key = NameSounds.key(NameSounds.latin(text(pieces.get(k))));
            pieceKeys[k] = key;
        }
        return key;
    }

    /**
     * Whether an entry can be the name written in these words: no more words than the entry has (fewer only in a
     * script without spaces), and, in several words, each word sounding like its own ("Donald Trump" in two words,
     * not only the two together).
     */
    private boolean fits(NameSounds.Entry e, List<String> wordKeys, Piece first) {
        int words = wordKeys.size();
        if (words > e.words() || words < e.words() && !unspaced(first)) {
            return false;
        }
        return words == 1 || wordKeys.equals(e.wordKeys());
    }

    /** The countries the sentence names, which tell people whose names sound alike apart. */
    private Set<String> countries() {
        if (countries == null) {
            countries = new HashSet<>();
            for (SentenceView.KbMatch m : v.kb) {
                KbEntity place = m.name().entity();
                if (place.type() != Entity.Type.PERSON && place.country() != null) {
                    countries.add(place.country());
                }
            }
        }
        return countries;
    }

    /** A piece in a script written without spaces, where a name of several words may be written as one. */
    private boolean unspaced(Piece piece) {
        return org.warta.token.Scripts.unspaced(v.token(piece.first()).surface().codePointAt(0));
    }

    /** The key text of a piece: its tokens' normalised forms, so that inflections the language cuts are gone. */
    private String text(Piece piece) {
        if (piece.last() - piece.first() == 1) {
            return v.token(piece.first()).norm();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = piece.first(); i < piece.last(); i++) {
            sb.append(v.token(i).norm());
        }
        return sb.toString();
    }

    /** Two pieces of one name: the same script, next to each other or separated by a space or a name separator. */
    private boolean follows(Piece a, Piece b) {
        if (a.script() != b.script()) {
            return false;
        }
        if (b.first() == a.last()) {
            return true;
        }
        return b.first() == a.last() + 1 && separator(v.token(a.last()))
                && v.token(a.last() - 1).end() == v.token(a.last()).start()
                && v.token(a.last()).end() == v.token(b.first()).start();
    }

    private static boolean separator(Token t) {
        return t.is('・') || t.is('·') || t.is('‧') || t.is('-') || t.is('‐') || t.is('\u30FB');
    }

    private List<Piece> pieces() {
        List<Piece> out = new ArrayList<>();
        int n = v.size();
        int i = 0;
        while (i < n) {
            Character.UnicodeScript script = candidateScript(i);
            if (script == null || v.token(i).shape() == Token.LOWER) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && continues(j - 1, j, script)) {
                j++;
            }
            out.add(new Piece(i, j, script));
            i = j;
        }
        return out;
    }

    /**
     * Whether token {@code j} continues the piece that token {@code i} ends: it touches it, and either a dictionary
     * word goes on, or both are single characters of a script written a character at a time.
     */
    private boolean continues(int i, int j, Character.UnicodeScript script) {
        Token a = v.token(i);
        Token b = v.token(j);
        if (a.end() != b.start() || !free(j)) {
            return false;
        }
        Character.UnicodeScript s = script(b);
        if (s != null && s != script) {
            return false;
        }
        if (!a.closes() || !b.opens()) {
            return true;
        }
        return a.surface().codePointCount(0, a.surface().length()) == 1
                && b.surface().codePointCount(0, b.surface().length()) == 1;
    }

    /** The script of a token that may start a piece, or null: Latin names match as written, Han is read by meaning. */
    private Character.UnicodeScript candidateScript(int i) {
        if (v.token(i).surface().charAt(0) < FIRST_NON_LATIN || !free(i)) {
            return null; // most words of most news: Latin letters, digits
        }
        Character.UnicodeScript s = script(v.token(i));
        if (s == null || s == Character.UnicodeScript.LATIN || s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA) {
            return null;
        }
        return s;
    }

    private boolean free(int i) {
        Token t = v.token(i);
        return t.word() && v.kbAt[i] < 0 && v.roleAt[i] < 0 && v.orgAt[i] < 0 && v.titleEnd[i] < 0;
    }

    /** The script of a token's first letter of a script of its own; null when it has none (digits, ー). */
    private static Character.UnicodeScript script(Token t) {
        String s = t.surface();
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED
                    && Character.isLetter(cp)) {
                return script;
            }
            k += Character.charCount(cp);
        }
        return null;
    }

    private void merge(List<SentenceView.KbMatch> found) {
        List<SentenceView.KbMatch> all = new ArrayList<>(v.kb);
        all.addAll(found);
        all.sort(Comparator.comparingInt(SentenceView.KbMatch::start));
        v.kb.clear();
        java.util.Arrays.fill(v.kbAt, -1);
        for (SentenceView.KbMatch m : all) {
            for (int k = m.start(); k < m.end(); k++) {
                v.kbAt[k] = v.kb.size();
            }
            v.kb.add(m);
        }
    }
}
