package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ElementIndexTest {
    /** The elements a token matches, by number, as the index finds them. */
    private static Set<Integer> found(ElementIndex index, Token t, boolean caseless) {
        Set<Integer> out = new TreeSet<>();
        int[] seen = new int[index.words()];
        index.matches(t, caseless, seen, 1, out::add);
        return out;
    }

    /** The elements a token matches, by number, trying every element's words. */
    private static Set<Integer> tried(List<PhrasePattern.Element> elements, List<Integer> ids, Token t, boolean caseless) {
        Set<Integer> out = new TreeSet<>();
        for (int k = 0; k < elements.size(); k++) {
            if (elements.get(k).matches(t, caseless)) {
                out.add(ids.get(k));
            }
        }
        return out;
    }

    private static void assertSameAsTryingEach(String language, List<String> sets, List<String> sentences) {
        EventLexicon lexicon = EventLexicon.of(language);
        ElementIndex index = new ElementIndex();
        List<PhrasePattern.Element> elements = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (String set : sets) {
            PhrasePattern.Element e = PhrasePattern.set(set, language, lexicon.morphology());
            elements.add(e);
            ids.add(index.add(e));
        }
        for (String sentence : sentences) {
            SentenceView v = new SentenceView(sentence, 0, sentence.length(), lexicon);
            for (Token t : v.tokens()) {
                for (boolean caseless : new boolean[] {false, true}) {
                    assertEquals(tried(elements, ids, t, caseless), found(index, t, caseless),
                            t.raw() + (caseless ? " (caseless)" : ""));
                }
            }
        }
    }

    @Test
    void exactWordsStemsEndingsAndPartsAreFoundAsTryingEveryWordFindsThem() {
        assertSameAsTryingEach("en", List.of("attacked|attacks|attack", "attack*", "*ed", "*tac*", "UN", "Russia",
                "the|a|an", "sanction*|*ion", "a*|b*", "ra*"),
                List.of("The UN attacked the plan, and Russia's attackers denied it.",
                        "UN SANCTIONS ON RUSSIA: un plan, a ban, an attack.",
                        "Rebels raided a base; the attack was unprovoked."));
    }

    @Test
    void stemsAndCliticsOfInflectingLanguagesAreFound() {
        assertSameAsTryingEach("ru", List.of("Россия|Украина", "выступил*|опубликовал*", "заявлени*", "и", "об*"),
                List.of("Россию и Украину обсудили в России, выступили с заявлением об Украине.",
                        "Президент опубликовал заявление о России."));
        assertSameAsTryingEach("ar", List.of("روسيا|أوكرانيا", "قال|قالت", "ال*"),
                List.of("وقالت روسيا إن الرئيس زار أوكرانيا وروسيا."));
    }

    @Test
    void accentedWordsAreFoundOnlyWhereTheSentenceAllowsThem() {
        assertSameAsTryingEach("es", List.of("sí|no", "si", "rechazó", "rechazo", "apoyó|apoyo"),
                List.of("El ministro respondió que sí, y la oposición dijo que si gana rechazó el apoyo.",
                        "EL MINISTRO RESPONDIO QUE SI Y RECHAZO EL APOYO."));
    }

    @Test
    void equalElementsShareANumberAndOthersDoNot() {
        ElementIndex index = new ElementIndex();
        Morphology none = Morphology.NONE;
        int first = index.add(PhrasePattern.set("said|says", "en", none));
        int again = index.add(PhrasePattern.set("said|says", "en", none));
        int other = index.add(PhrasePattern.set("says|said", "en", none));
        assertEquals(first, again);
        assertNotEquals(first, other);
        assertEquals(2, index.size());
        Token said = Tokenizer.tokenize("said", "en", none).get(0);
        assertEquals(Set.of(first, other), found(index, said, false));
    }
}
