package org.warta.event;

import java.text.Normalizer;
import java.util.Locale;
import org.warta.lang.FoldRules;
import org.warta.lang.LanguageProfile;

/**
 * The form words are compared in: lower case, then folded as the language's manifest says ({@code marks},
 * {@code drop}, {@code fold} in {@code language.tsv}): accents taken off in languages whose news is often written
 * without them (Spanish wire copy, French and Indonesian headlines in capitals), kept where they tell words apart
 * (Vietnamese), Arabic short-vowel marks and variant alef and hamza letters made one, Russian ё written е.
 */
final class Folding {
    private Folding() {
    }

    static String fold(String s, String language) {
        return fold(s, rules(language));
    }

    /** The language's folding rules, looked up once for a run of words (a sentence) rather than per word. */
    static FoldRules rules(String language) {
        return LanguageProfile.of(language).folding();
    }

    static String fold(String s, FoldRules rules) {
        return rules.fold(s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('`', '\''));
    }

    /** Whether comparisons in this language ignore accents. */
    static boolean ignoresMarks(String language) {
        return LanguageProfile.of(language).folding().stripMarks();
    }

    /** A word in lower case with its accents, composed: the form an accented pattern word is compared in. */
    static String markedForm(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('`', '\''),
                Normalizer.Form.NFC);
    }

    /** True when the word carries an accent (or another mark) that folding takes off. */
    static boolean hasMarks(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return !stripMarks(lower).equals(lower);
    }

    static String stripMarks(String s) {
        return FoldRules.stripMarks(s);
    }
}
