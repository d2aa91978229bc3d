package org.warta.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.kb.KbEntity;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.token.PhraseTrie;

/**
 * The knowledge base's names for one language in a {@link PhraseTrie}: the language's own names, those valid in
 * every language and the English ones (news in any language quotes English names of organisations). Each name
 * remembers the case of its words, so "AS" (the United States in Indonesian) never matches "as", and "US" never
 * matches "us".
 */
final class Gazetteer {
    /** One name of an entity. {@code cases} holds, per word, the shape the text must have (see {@link #accepts}). */
    record Name(KbEntity entity, boolean adjective, boolean ownLanguage, byte[] cases) {
        /**
         * Upper-case names ("AS", "NATO") need upper case in the text; capitalised ones need a capital, unless the
         * sentence has no capitals at all; names in scripts without case match as they are.
         */
        boolean accepts(List<Token> tokens, int start, boolean caseless) {
            for (int i = 0; i < cases.length; i++) {
                int need = cases[i];
                int shape = tokens.get(start + i).shape();
                if (need == Token.UPPER && shape != Token.UPPER && !looseAcronym(tokens.get(start + i), shape, caseless)) {
                    return false;
                }
                if (need == Token.CAPITALISED && !caseless && shape != Token.CAPITALISED && shape != Token.UPPER) {
                    return false;
                }
            }
            return true;
        }

        /** "Nato" for NATO, as some outlets write long acronyms; any acronym of three letters or more in caseless text. */
        private static boolean looseAcronym(Token t, int shape, boolean caseless) {
            int length = t.surface().length();
            return length >= 4 && shape == Token.CAPITALISED || caseless && length >= 3;
        }
    }

    final PhraseTrie<Name> trie = new PhraseTrie<>();
    /** The base's people by the sound of their names, for names written in another script. */
    final NameSounds sounds;
    /**
     * Places of one word by their stem, the name less its last one or two letters, for a language whose endings
     * the data does not list: "Tajlandii", "Tajlandią" and "Tajlandię" meet "Tajlandia". Empty where the language
     * lists its endings (the normaliser cuts them) or writes without case.
     */
    private final Map<String, List<Stem>> placeStems = new HashMap<>();

    /** A place name by its stem, with the whole name as the normaliser writes it. */
    private record Stem(Name name, String whole) {
    }

    Gazetteer(KnowledgeBase kb, LanguageCues cues) {
        this.sounds = NameSounds.of(kb);
        String lang = cues.language;
        for (KbEntity e : kb.entities()) {
            List<String> own = e.names().getOrDefault(lang, List.of());
            for (String name : own) {
                add(e, name, false, true, cues);
            }
            for (String name : e.names().getOrDefault(KbEntity.ANY, List.of())) {
                add(e, name, false, true, cues);
            }
            if (!lang.equals(KbEntity.CANONICAL_LANGUAGE)) {
                for (String name : e.names().getOrDefault(KbEntity.CANONICAL_LANGUAGE, List.of())) {
                    add(e, name, false, false, cues);
                }
            }
            for (String adj : e.adjectivesIn(lang)) {
                add(e, adj, true, true, cues);
            }
            if (cues.normalizer == Normalizer.PLAIN && isPlace(e)) {
                for (String name : own) {
                    addStems(e, name);
                }
            }
        }
    }

    /** The shortest stem a changed ending may leave, and the most letters an ending may have. */
    static final int MIN_STEM = 5;
    static final int MAX_ENDING = 2;

    private static boolean isPlace(KbEntity e) {
        return e.type() == Entity.Type.GPE || e.type() == Entity.Type.LOC;
    }

    private void addStems(KbEntity e, String name) {
        if (name.indexOf(' ') >= 0 || name.indexOf('-') >= 0) {
            return;
        }
        List<Token> tokens = EntityTokens.of(name, Normalizer.PLAIN);
        if (tokens.size() != 1 || tokens.get(0).shape() != Token.CAPITALISED) {
            return;
        }
        String norm = tokens.get(0).norm();
        for (int cut = 1; cut <= MAX_ENDING; cut++) {
            int stem = norm.length() - cut;
            if (stem >= MIN_STEM && vowels(norm, stem)) {
                placeStems.computeIfAbsent(norm.substring(0, stem), k -> new ArrayList<>())
                        .add(new Stem(new Name(e, false, true, new byte[] {Token.CAPITALISED}), norm));
            }
        }
    }

    /** Vowels of the Latin, Cyrillic and Greek alphabets, accents and ogoneks taken off first. */
    private static final String VOWELS = "aeiouyаеиоуыэюяіїєёαεηιουω";

    /** Whether a word ends, from {@code from} on, in vowels only: the case endings that replace a name's own. */
    static boolean vowels(String word, int from) {
        String ending = java.text.Normalizer.normalize(word.substring(from), java.text.Normalizer.Form.NFD);
        for (int i = 0; i < ending.length(); i++) {
            char c = ending.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && VOWELS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The place a capitalised word names with another ending than the base's ("Tajlandii" for "Tajlandia"): the
     * word and the name share a stem of at least {@value #MIN_STEM} letters, and each ends in one to
     * {@value #MAX_ENDING} more, vowels only, as case endings are ("Roman" is not "Romania", nor "Bolivar"
     * "Bolivia"); the name's own ending is changed, never kept ("Russian" is not "Russia"). Null
     * when none, or when two places share the stem.
     */
    Name inflectedPlace(Token t) {
        String norm = t.norm();
        if (placeStems.isEmpty() || t.shape() != Token.CAPITALISED || norm.length() <= MIN_STEM) {
            return null;
        }
        for (int cut = 1; cut <= MAX_ENDING; cut++) {
            int stem = norm.length() - cut;
            if (stem < MIN_STEM) {
                break;
            }
            List<Stem> names = placeStems.get(norm.substring(0, stem));
            if (names != null && vowels(norm, stem)) {
                KbEntity first = names.get(0).name().entity();
                for (Stem n : names) {
                    if (!n.name().entity().id().equals(first.id()) || norm.startsWith(n.whole())) {
                        return null;
                    }
                }
                return names.get(0).name();
            }
        }
        return null;
    }

    private void add(KbEntity e, String name, boolean adjective, boolean own, LanguageCues cues) {
        List<Token> tokens = EntityTokens.of(name, cues.normalizer);
        if (tokens.isEmpty()) {
            return;
        }
        byte[] cases = new byte[tokens.size()];
        for (int i = 0; i < cases.length; i++) {
            int shape = tokens.get(i).shape();
            // A single capital letter ("U" of "U.S.") is a capital, not an acronym.
            cases[i] = (byte) (shape == Token.UPPER ? Token.UPPER : shape == Token.CAPITALISED ? Token.CAPITALISED
                    : Token.NONE);
        }
        trie.add(PhraseTrie.keys(tokens), new Name(e, adjective, own, cases));
    }
}
