package org.warta.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The phrase trie's matching, over words as units: every phrase found, the longest chosen, slots filled. */
class PhraseTrieTest {
    /** A word as the trie walks over it; {@code inside} marks a unit in the middle of a dictionary word. */
    private record Word(String key, boolean opens, boolean closes) implements PhraseTrie.Unit {
        static List<Word> of(String sentence) {
            List<Word> out = new ArrayList<>();
            for (String w : sentence.split(" ")) {
                out.add(new Word(w, true, true));
            }
            return out;
        }
    }

    private static List<String> words(String phrase) {
        return Arrays.asList(phrase.split(" "));
    }

    private static PhraseTrie<String> trie(String... phrases) {
        PhraseTrie<String> trie = new PhraseTrie<>();
        for (String p : phrases) {
            trie.add(words(p), p);
        }
        return trie;
    }

    private static List<String> found(PhraseTrie<String> trie, List<Word> sentence, int start,
                                      PhraseTrie.Slots slots) {
        List<String> out = new ArrayList<>();
        for (PhraseTrie.Hit<String> hit : trie.matchesAt(sentence, PhraseTrie.ids(sentence), start, slots)) {
            out.add(hit.start() + "-" + hit.end() + ":" + String.join("|", hit.values()));
        }
        return out;
    }

    @Test
    void findsEveryPhraseStartingAtAWordShortestFirst() {
        PhraseTrie<String> trie = trie("united", "united states", "united states of america", "states");
        List<Word> sentence = Word.of("the united states of america said");
        assertEquals(List.of("1-2:united", "1-3:united states", "1-5:united states of america"),
                found(trie, sentence, 1, null));
        assertEquals(List.of("2-3:states"), found(trie, sentence, 2, null));
        assertEquals(List.of(), found(trie, sentence, 0, null));
        assertEquals(List.of(), found(trie, sentence, 5, null), "a word no phrase holds");
        assertEquals(4, trie.size());
    }

    @Test
    void aPhraseStopsWhereTheSentenceDoes() {
        PhraseTrie<String> trie = trie("prime minister of");
        assertEquals(List.of(), found(trie, Word.of("the prime minister"), 1, null));
    }

    @Test
    void phrasesSharingAWordAtAnotherPlaceDoNotMix() {
        // "minister" follows "foreign" in one phrase and starts another: only whole paths match
        PhraseTrie<String> trie = trie("foreign minister", "minister of state");
        assertEquals(List.of(), found(trie, Word.of("foreign of state"), 0, null));
        assertEquals(List.of("0-3:minister of state"), found(trie, Word.of("minister of state"), 0, null));
    }

    @Test
    void aPhraseWithSeveralValuesKeepsThemInOrder() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.add(words("georgia"), "country");
        trie.add(words("georgia"), "state");
        assertEquals(List.of("0-1:country|state"), found(trie, Word.of("georgia"), 0, null));
    }

    @Test
    void theLongestPhraseIsTheFirstOfTheLongest() {
        PhraseTrie<String> trie = trie("foreign", "foreign minister", "foreign minister of");
        List<Word> sentence = Word.of("foreign minister of russia");
        int[] ids = PhraseTrie.ids(sentence);
        assertEquals("foreign minister of", trie.longestAt(sentence, ids, 0, null).values().get(0));
        assertEquals(3, trie.longestEndAt(sentence, ids, 0, null));
        assertNull(trie.longestAt(sentence, ids, 3, null));
        assertEquals(-1, trie.longestEndAt(sentence, ids, 3, null));
    }

    @Test
    void aSlotTakesTheCountryMentionThatStartsThere() {
        PhraseTrie<String> trie = trie("minister " + PhraseTrie.SLOT + " foreign affairs", "minister");
        List<Word> sentence = Word.of("minister united kingdom foreign affairs");
        PhraseTrie.Slots countries = start -> start == 1 ? 3 : -1; // "united kingdom"
        List<PhraseTrie.Hit<String>> hits = trie.matchesAt(sentence, PhraseTrie.ids(sentence), 0, countries);
        assertEquals(2, hits.size());
        PhraseTrie.Hit<String> slotted = hits.get(1);
        assertEquals(5, slotted.end());
        assertEquals(1, slotted.slotStart());
        assertEquals(3, slotted.slotEnd());
        assertEquals(List.of("0-1:minister"), found(trie, sentence, 0, null), "no country finder, no slot");
    }

    @Test
    void aPhraseNeitherStartsNorEndsInsideADictionaryWord() {
        PhraseTrie<String> trie = trie("a b");
        List<Word> inside = List.of(new Word("a", false, true), new Word("b", true, true));
        assertEquals(List.of(), found(trie, inside, 0, null));
        List<Word> open = List.of(new Word("a", true, true), new Word("b", true, false));
        assertEquals(List.of(), found(trie, open, 0, null));
    }

    @Test
    void thousandsOfPhrasesAllStillFound() {
        // enough phrases that the edge table grows many times over
        PhraseTrie<String> trie = new PhraseTrie<>();
        for (int i = 0; i < 20_000; i++) {
            trie.add(List.of("w" + i, "x" + (i % 7), "y" + i), "p" + i);
        }
        for (int i = 0; i < 20_000; i += 37) {
            List<Word> sentence = Word.of("w" + i + " x" + (i % 7) + " y" + i);
            assertEquals(List.of("0-3:p" + i), found(trie, sentence, 0, null));
            List<Word> wrong = Word.of("w" + i + " x" + ((i + 1) % 7) + " y" + i);
            assertEquals(List.of(), found(trie, wrong, 0, null));
        }
    }

    @Test
    void wordsOfAnyTrieHaveOneNumberAndOthersNone() {
        trie("phrasekeys-known");
        assertEquals(PhraseKeys.find("phrasekeys-known"), PhraseKeys.find(new String("phrasekeys-known")));
        assertEquals(PhraseKeys.NONE, PhraseKeys.find("phrasekeys-never-added"));
    }
}
