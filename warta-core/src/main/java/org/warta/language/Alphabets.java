package org.warta.language;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.warta.lang.LanguageData;

/**
 * What each language writes, read off its unigram model: the scripts that make up a real share of its letters
 * (stray foreign names in the training text do not count), and which letters it uses at all. Data files
 * {@code lang/<code>/langid-letters.txt} add letters a language's text shows but its model lacks.
 */
final class Alphabets {
    /** Share of a language's letters a script needs before the language counts as written in it. */
    private static final double MIN_SHARE = 0.02;
    /** Share a script needs before a text without any letter of it is taken not to be in the language. */
    private static final double REQUIRED_SHARE = 0.2;
    /** Relative frequency from which a language counts as using a letter (one letter in 10,000). */
    private static final double USES = 1e-4;

    private final Map<UnicodeScript, int[]> languagesByScript = new EnumMap<>(UnicodeScript.class);
    private final List<Set<UnicodeScript>> requiredScripts = new ArrayList<>();
    private final Map<Character, boolean[]> usersByLetter = new HashMap<>();
    private final boolean[] nobody;
    private final int[] all;

    Alphabets(LinguaModels models) {
        Map<UnicodeScript, List<Integer>> byScript = new EnumMap<>(UnicodeScript.class);
        Map<Character, Set<Integer>> users = new HashMap<>();
        for (int lang = 0; lang < models.size(); lang++) {
            Map<UnicodeScript, Double> shares = new EnumMap<>(UnicodeScript.class);
            for (Map.Entry<Character, Float> e : models.letterFrequencies(lang).entrySet()) {
                double frequency = Math.exp(e.getValue());
                shares.merge(script(e.getKey()), frequency, Double::sum);
                if (frequency >= USES) {
                    users.computeIfAbsent(e.getKey(), c -> new TreeSet<>()).add(lang);
                }
            }
            Set<UnicodeScript> required = EnumSet.noneOf(UnicodeScript.class);
            for (Map.Entry<UnicodeScript, Double> e : shares.entrySet()) {
                if (e.getValue() >= MIN_SHARE && e.getKey() != UnicodeScript.COMMON) {
                    byScript.computeIfAbsent(e.getKey(), s -> new ArrayList<>()).add(lang);
                }
                if (e.getValue() >= REQUIRED_SHARE && e.getValue() < 1.0 - REQUIRED_SHARE) {
                    required.add(e.getKey());
                }
            }
            requiredScripts.add(required);
            for (String line : LanguageData.lines(models.code(lang), "langid-letters.txt").orElse(List.of())) {
                for (char c : line.replace(" ", "").toCharArray()) {
                    users.computeIfAbsent(Character.toLowerCase(c), k -> new TreeSet<>()).add(lang);
                }
            }
        }
        byScript.forEach((script, langs) -> languagesByScript.put(script, toArray(langs)));
        nobody = new boolean[models.size()];
        users.forEach((c, langs) -> {
            boolean[] uses = new boolean[models.size()];
            langs.forEach(l -> uses[l] = true);
            usersByLetter.put(c, uses);
        });
        all = new int[models.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
    }

    /** The script of a letter; the two Japanese syllabaries count as one. */
    static UnicodeScript script(char c) {
        if (c < SCRIPT_CACHE.length) {
            return SCRIPTS[SCRIPT_CACHE[c] & 0xFF];
        }
        return uncachedScript(c);
    }

    private static UnicodeScript uncachedScript(char c) {
        UnicodeScript s = UnicodeScript.of(c);
        return s == UnicodeScript.KATAKANA ? UnicodeScript.HIRAGANA : s;
    }

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
    /** Scripts of the first 12,288 characters (all alphabets and Indic scripts), looked up often. */
    private static final byte[] SCRIPT_CACHE = new byte[0x3000];

    static {
        for (char c = 0; c < SCRIPT_CACHE.length; c++) {
            SCRIPT_CACHE[c] = (byte) uncachedScript(c).ordinal();
        }
    }

    /** Languages written in the script; every language when no language is. */
    int[] languagesWriting(UnicodeScript script) {
        return languagesByScript.getOrDefault(script, all);
    }

    /**
     * Scripts that are a large share, but not all, of the language's letters (Japanese: kana and kanji), so that a
     * text without any letter of one of them is not in that language.
     */
    Set<UnicodeScript> requiredScripts(int language) {
        return requiredScripts.get(language);
    }

    /** Whether each language (by index) uses the letter (lower case). */
    boolean[] usesLetter(char letter) {
        return usersByLetter.getOrDefault(letter, nobody);
    }

    private static int[] toArray(java.util.Collection<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
