package org.warta.language;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Narrows the candidate languages by the letters a text is written in, before any n-gram is scored:
 * <ol>
 *   <li>the script most of its words are written in (a word being a run of letters of one script);</li>
 *   <li>among those languages, the ones that also write the text's other scripts, and not those that need a script
 *       the text lacks (Japanese without kana is Chinese);</li>
 *   <li>letters only a few languages use (ß, ř, ñ, ğ, ő...): when at least half the words carry such letters, the
 *       languages that use them.</li>
 * </ol>
 * The last rule follows Lingua's, with the letters' users read off Lingua's unigram models.
 */
final class LetterRules {
    /** A letter used by more languages than this says too little to narrow by. */
    private static final int SPECIAL_MAX_USERS = 12;

    private final Alphabets alphabets;

    LetterRules(Alphabets alphabets) {
        this.alphabets = alphabets;
    }

    /** The candidate languages for a text with letters, never empty. */
    int[] candidates(NgramText text) {
        Words words = words(text);
        UnicodeScript main = null;
        for (Map.Entry<UnicodeScript, Integer> e : words.byScript.entrySet()) {
            if (main == null || e.getValue() > words.byScript.get(main)) {
                main = e.getKey();
            }
        }
        int[] candidates = alphabets.languagesWriting(main);
        candidates = coveringMost(candidates, words.byScript, words.count);
        candidates = keep(candidates, lang -> words.byScript.keySet().containsAll(alphabets.requiredScripts(lang)));
        int owner = byOwnLetters(candidates, text, words);
        return owner >= 0 ? new int[] {owner} : byRareLetters(candidates, words);
    }

    /**
     * Lingua's rule for letters only one candidate uses (ə, ß, ř, ő...): each word holding such letters goes to the
     * language owning most of them. A language that wins more words than any other, and more than the words
     * without such letters, is the answer; -1 when none is.
     */
    private int byOwnLetters(int[] candidates, NgramText text, Words words) {
        int[] ownerBySlot = new int[words.letters.length];
        boolean anyOwner = false;
        for (int slot = 0; slot < ownerBySlot.length; slot++) {
            ownerBySlot[slot] = words.holding[slot] == 0 ? -1 : soleUser(candidates, words.letters[slot]);
            anyOwner |= ownerBySlot[slot] >= 0;
        }
        if (!anyOwner) {
            return -1;
        }
        int wordCount = words.count;
        int[] claims = new int[candidates.length];
        int[] inWord = new int[candidates.length];
        int unclaimed = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                int own = ownerBySlot[words.slotOf(c)];
                if (own >= 0) {
                    inWord[own]++;
                }
                if (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                    continue;
                }
            } else {
                continue;
            }
            int best = -1;
            boolean tie = false;
            for (int k = 0; k < inWord.length; k++) {
                if (inWord[k] > 0 && (best < 0 || inWord[k] > inWord[best])) {
                    best = k;
                    tie = false;
                } else if (inWord[k] > 0 && inWord[k] == inWord[best]) {
                    tie = true;
                }
            }
            if (best < 0 || tie) {
                unclaimed++;
            } else {
                claims[best]++;
            }
            java.util.Arrays.fill(inWord, 0);
        }
        int best = -1;
        boolean tie = false;
        for (int k = 0; k < claims.length; k++) {
            if (claims[k] > 0 && (best < 0 || claims[k] > claims[best])) {
                best = k;
                tie = false;
            } else if (claims[k] > 0 && claims[k] == claims[best]) {
                tie = true;
            }
        }
        if (best < 0 || tie) {
            return -1;
        }
        boolean unclaimedCounts = unclaimed >= 0.5 * wordCount;
        return !unclaimedCounts || claims[best] > unclaimed ? candidates[best] : -1;
    }

    /** The position among the candidates of the only one using the letter, or -1. */
    private int soleUser(int[] candidates, char letter) {
        boolean[] users = alphabets.usesLetter(letter);
        int found = -1;
        for (int k = 0; k < candidates.length; k++) {
            if (users[candidates[k]]) {
                if (found >= 0) {
                    return -1;
                }
                found = k;
            }
        }
        return found;
    }

    /** Candidates that write the most of the text's words (within a tenth of them). */
    private int[] coveringMost(int[] candidates, Map<UnicodeScript, Integer> wordsByScript, int words) {
        if (wordsByScript.size() == 1) {
            return candidates;
        }
        double[] coverage = new double[candidates.length];
        double best = 0.0;
        for (int i = 0; i < candidates.length; i++) {
            for (Map.Entry<UnicodeScript, Integer> e : wordsByScript.entrySet()) {
                if (contains(alphabets.languagesWriting(e.getKey()), candidates[i])) {
                    coverage[i] += (double) e.getValue() / words;
                }
            }
            best = Math.max(best, coverage[i]);
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < candidates.length; i++) {
            if (coverage[i] >= best - 0.1) {
                kept.add(candidates[i]);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Lingua's rule: each rare letter in a word is a vote for its users; keep those voted for by half the words. */
    private int[] byRareLetters(int[] candidates, Words words) {
        int[] votes = new int[candidates.length];
        boolean anyVote = false;
        for (int slot = 0; slot < words.letters.length; slot++) {
            if (words.holding[slot] == 0) {
                continue;
            }
            boolean[] users = alphabets.usesLetter(words.letters[slot]);
            int among = 0;
            for (int c : candidates) {
                among += users[c] ? 1 : 0;
            }
            if (among == 0 || among > SPECIAL_MAX_USERS || among == candidates.length) {
                continue;
            }
            for (int i = 0; i < candidates.length; i++) {
                if (users[candidates[i]]) {
                    votes[i] += words.holding[slot];
                    anyVote = true;
                }
            }
        }
        if (!anyVote) {
            return candidates;
        }
        double needed = words.count / 2.0;
        int[] kept = new int[candidates.length];
        int n = 0;
        for (int i = 0; i < candidates.length; i++) {
            if (votes[i] >= needed) {
                kept[n++] = candidates[i];
            }
        }
        return n == 0 ? candidates : java.util.Arrays.copyOf(kept, n);
    }

    private interface LanguageTest {
        boolean test(int language);
    }

    /** The candidates passing the test, or all of them when none does. */
    private static int[] keep(int[] candidates, LanguageTest test) {
        int[] kept = new int[candidates.length];
        int n = 0;
        for (int c : candidates) {
            if (test.test(c)) {
                kept[n++] = c;
            }
        }
        return n == 0 ? candidates : java.util.Arrays.copyOf(kept, n);
    }

    /** A text's words (runs of letters of one script): how many, by script, and how many hold each letter. */
    private static final class Words {
        final Map<UnicodeScript, Integer> byScript = new EnumMap<>(UnicodeScript.class);
        int count;
        /** Open addressing over the text's distinct letters: words holding each, and the last word counted. */
        char[] letters = new char[128];
        int[] holding = new int[128];
        int[] lastWord = new int[128];
        int distinct;

        /** The slot of a letter of the text. */
        int slotOf(char c) {
            int mask = letters.length - 1;
            int i = (c * 0x9E37) & mask;
            while (letters[i] != c || holding[i] == 0) {
                i = (i + 1) & mask;
            }
            return i;
        }

        void sawLetter(char c) {
            int mask = letters.length - 1;
            int i = (c * 0x9E37) & mask;
            while (holding[i] != 0 && letters[i] != c) {
                i = (i + 1) & mask;
            }
            if (holding[i] == 0) {
                letters[i] = c;
                holding[i] = 1;
                lastWord[i] = count;
                if (++distinct * 2 > letters.length) {
                    grow();
                }
            } else if (lastWord[i] != count) {
                holding[i]++;
                lastWord[i] = count;
            }
        }

        private void grow() {
            char[] oldLetters = letters;
            int[] oldHolding = holding;
            int[] oldLast = lastWord;
            letters = new char[oldLetters.length * 2];
            holding = new int[letters.length];
            lastWord = new int[letters.length];
            int mask = letters.length - 1;
            for (int j = 0; j < oldLetters.length; j++) {
                if (oldHolding[j] != 0) {
                    int i = (oldLetters[j] * 0x9E37) & mask;
                    while (holding[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    letters[i] = oldLetters[j];
                    holding[i] = oldHolding[j];
                    lastWord[i] = oldLast[j];
                }
            }
        }
    }

    private static Words words(NgramText text) {
        Words words = new Words();
        UnicodeScript script = null;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean letter = Character.isLetter(c);
            UnicodeScript s = letter ? Alphabets.script(c) : null;
            if (script != null && s != script) {
                words.byScript.merge(script, 1, Integer::sum);
                words.count++;
            }
            script = s;
            if (letter) {
                words.sawLetter(c);
            }
        }
        return words;
    }

    static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
