package org.warta.entity;

import java.util.List;
import org.warta.kb.KbEntity;
import org.warta.kb.KnowledgeBase;
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
        }
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
