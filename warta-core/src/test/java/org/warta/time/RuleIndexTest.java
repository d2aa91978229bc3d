package org.warta.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.lang.LanguageData;

/** The index read straight off the text offers exactly the rules it offers by its keys as strings. */
class RuleIndexTest {
    /** Letters whose lower case is not one character of Character.toLowerCase, marks, surrogates and scripts. */
    private static final List<String> ODD_TEXTS = List.of(
            "İstanbul'da 12 Mart 2025, İSTANBUL, ıi, KIŞ",
            "ΣΑΒΒΑΤΟ 12 ΜΑΡΤΙΟΥ, Σάββατο, ΟΔΟΣ Σ 5 Μαΐου",
            "\uD801\uDC00\uD801\uDC28 12 May, \uD840\uDC00年3月, a\uD801\uDC00b",
            "ma\u0301rcius 12, Ma\u0300y, पिछले सप्ताह, ১২ মার্চ",
            "Dienstagabend, XVIe siècle, III quarter, (12) «5 May» – ~3 - .5",
            "ǅuly ǈ ǋ ẞ ﬀ ß Å K Ω",
            "2025年3月12日上午10时，下周一，90天; 十二月三日",
            "tháng 3 năm 2025, lúc 10 giờ sáng; hôm 5/3 và ngày 12-3; CỦA VÀ CÁC");

    static List<String> languages() {
        return TimeTaggerTest.languages();
    }

    static RuleIndex index(String language) {
        List<LanguageData.Row> rows = new ArrayList<>(LanguageData.rows(LanguageData.COMMON, TimeGrammar.FILE));
        rows.addAll(LanguageData.rows(language, TimeGrammar.FILE));
        TimeOptions options = TimeOptions.read(rows);
        TimeRuleCompiler.Compiled compiled = TimeRuleCompiler.compile(language, options, rows);
        return new RuleIndex(options.spaced(), compiled.classes(), compiled.rules());
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(ODD_TEXTS);
        try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        assertTrue(texts.size() >= ODD_TEXTS.size() + 10, "examples: " + texts.size());
        return texts;
    }

    /** Every position of every text, with the sentence ending at the text's end and one or two characters on. */
    @ParameterizedTest
    @MethodSource("languages")
    void offersTheSameRulesAsTheKeysAsStrings(String language) throws IOException {
        RuleIndex index = index(language);
        int offered = 0;
        for (String text : texts()) {
            for (int pos = 0; pos < text.length(); pos++) {
                for (int end : new int[] {text.length(), Math.min(text.length(), pos + 1), Math.min(text.length(), pos + 2)}) {
                    long[] expected = index.byString(text, pos, end);
                    assertArrayEquals(expected, index.candidates(text, pos, end),
                            language + " at " + pos + "-" + end + ": " + text.substring(pos, Math.min(end, pos + 20)));
                    offered += expected == null ? 0 : 1;
                }
            }
        }
        assertTrue(offered > 0, language + " offers no rule anywhere");
    }

    @Test
    void aDigitAWordAndAPunctuationMarkAreKeysAndOtherWordsAreNone() {
        RuleIndex index = index("en");
        assertNotNull(index.candidates("on 12 May", 3, 9));
        assertNotNull(index.candidates("on 12 May", 6, 9));
        assertNotNull(index.candidates("MAY 12", 0, 6));
        assertNull(index.candidates("qqq zzz", 0, 7));
        assertNull(index.candidates("!!", 0, 2));
    }
}
