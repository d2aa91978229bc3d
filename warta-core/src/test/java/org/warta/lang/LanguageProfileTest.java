package org.warta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The manifest of a language pack ({@code language.tsv}): what it says, and how a bad one is reported. */
class LanguageProfileTest {
    private static final String RESOURCE = "org/warta/lang/xx/language.tsv";

    private static LanguageProfile parse(String code, String... lines) {
        return Manifest.parse(code, LanguageData.parse(code, RESOURCE, Arrays.asList(lines)));
    }

    @Test
    void everyShippedFolderHasAManifestThatLoads() {
        for (String code : LanguageData.languages()) {
            assertTrue(LanguageData.exists(code, LanguageProfile.FILE), code + " has no " + LanguageProfile.FILE);
            LanguageProfile p = LanguageProfile.of(code);
            assertTrue(p.declared(), code);
            assertFalse(p.scripts().isEmpty(), code);
        }
    }

    @Test
    void aManifestSaysHowTheLanguageIsWrittenFoldedAndIndexed() {
        LanguageProfile p = LanguageProfile.of("qaa");
        assertEquals(List.of("Latin", "Thai"), p.scripts());
        assertEquals(LanguageProfile.Segmentation.SPACED, p.segmentation());
        assertFalse(p.folding().stripMarks());
        assertTrue(p.folding().compose());
        assertEquals("?", p.spacedPunctuation());
        assertEquals(List.of("kuva"), p.creditWords());
        assertEquals(List.of("kirjoittanut"), p.bylineWords());
        assertEquals(new LanguageProfile.Era("test era", 543), p.era());
        assertEquals("org.apache.lucene.analysis.core.WhitespaceAnalyzer", p.analyzer());
        assertTrue(p.hasOwnAnalyzer());
        assertEquals("org/warta/lang/qaa/language.tsv:13", p.origin("analyzer"));
        // composed, then the acute left on a letter that has no accented form goes, and ø and ö become o
        assertEquals("stoa", p.folding().fold("st\u0301øa"));
        assertEquals("sóa", p.folding().fold("so\u0301a"));
        assertEquals("koo", p.folding().fold("ko\u0308o"));
    }

    @Test
    void theShippedPacksSayWhatTheCodeUsedToKnow() {
        assertEquals(";:!?", LanguageProfile.of("fr").spacedPunctuation());
        assertEquals("", LanguageProfile.of("en").spacedPunctuation());
        assertFalse(LanguageProfile.of("vi").folding().stripMarks());
        assertTrue(LanguageProfile.of("id").folding().stripMarks());
        assertEquals("зеленыи", LanguageProfile.of("ru").folding().fold("зелёныи"));
        assertEquals("الامم", LanguageProfile.of("ar").folding().fold("الأُمَم"));
        assertEquals(2025, LanguageProfile.of("qaa").era().commonYear(2568));
        assertEquals(2025, LanguageProfile.of("qaa").era().commonYear(2025));
        assertEquals(LanguageProfile.Segmentation.DICTIONARY, LanguageProfile.of("zh").segmentation());
        assertEquals(List.of("zh_Hant"), LanguageProfile.of("zh").cldrLocales());
        assertTrue(LanguageProfile.allBylineWords().containsAll(List.of("by", "oleh", "par", "автор")));
        assertTrue(LanguageProfile.allBracketCreditWords().contains("dok"));
    }

    @Test
    void aLanguageWithoutAPackGetsTheDefaults() {
        LanguageProfile p = LanguageProfile.of("yo");
        assertFalse(p.declared());
        assertTrue(p.scripts().isEmpty());
        assertTrue(p.folding().stripMarks());
        assertEquals(LanguageProfile.ICU_ANALYZER, p.analyzer());
        assertEquals(LanguageProfile.Era.NONE, p.era());
        assertEquals(2568, p.era().commonYear(2568));
    }

    @Test
    void codesThatCannotNameAFolderNeverReachTheClassPath() {
        for (String code : new String[] {null, "", "../kb", "ID", "zh-Hant", "en/../id", "common/../id"}) {
            LanguageProfile p = LanguageProfile.of(code);
            assertFalse(p.declared(), String.valueOf(code));
        }
        assertTrue(LanguageData.lines("../kb", "roles.tsv").isEmpty());
        assertTrue(LanguageData.rows("../kb", "roles.tsv").isEmpty());
    }

    @Test
    void theCommonFolderHoldsOnlyWordsEveryPageMayUse() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("common", "credit\tphoto", "script\tLatin"));
        assertEquals(RESOURCE + ":2: 'script' belongs in a language's own manifest; common/ holds only byline, "
                + "credit, credit-in-brackets", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', textBlock = """
            colour\\tblue                    ¦ unknown key 'colour'
            script\\tKlingon                 ¦ unknown Unicode script 'Klingon'
            segmentation\\tby magic          ¦ 'segmentation' is one of spaced, dictionary, character, not 'by magic'
            marks\\tsome                     ¦ 'marks' is one of strip, keep, not 'some'
            script\\tCyrillic                ¦ 'script' is already set at org/warta/lang/xx/language.tsv:1
            drop\\t064B                      ¦ '064B' is not a code point (U+064B) or a range (U+064B..U+065F)
            drop\\tU+065F..U+064B            ¦ bad range U+065F..U+064B
            fold\\tё                         ¦ 'fold' needs the letters and what they become: fold<TAB>ё<TAB>е
            fold\\tёе\\tе                    ¦ 'ёе' is not one letter
            spaced-punctuation\\t?|ab        ¦ 'ab' is not one punctuation mark
            credit\\tfoto:                   ¦ 'foto:' is not a word
            era\\tbuddhist                   ¦ 'era' needs a name and the years to take off: era<TAB>buddhist<TAB>543
            era\\tbuddhist\\t-5              ¦ the era's offset must be a positive number of years, not -5
            analyzer\\tenglish analyzer      ¦ 'analyzer' is 'icu' or the class name of a Lucene analyser, not 'english analyzer'
            cldr-locale\\tzh-Hant            ¦ 'zh-Hant' is not a CLDR locale such as zh_Hant
            analyzer                         ¦ 'analyzer' needs a value
            """)
    void aBadLineIsReportedWithItsFileAndLine(String line, String message) {
        String bad = line.replace("\\t", "\t");
        String key = bad.split("\t")[0];
        // the keys every manifest needs, except the one under test unless it is the repetition that is wrong
        List<String> lines = new ArrayList<>();
        for (String needed : List.of("script\tLatin", "segmentation\tspaced")) {
            if (!needed.startsWith(key + "\t") || message.contains("already set")) {
                lines.add(needed);
            }
        }
        lines.add(bad);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("xx", lines.toArray(String[]::new)));
        assertTrue(e.getMessage().startsWith(RESOURCE + ":" + lines.size() + ": " + message), e.getMessage());
    }

    @Test
    void foldingRulesBelongToLanguagesThatKeepTheirMarks() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("xx", "script\tLatin", "segmentation\tspaced", "# strip is the default", "fold\tø\to"));
        assertEquals(RESOURCE + ":4: 'drop', 'fold' and 'normalize' apply to languages that keep their marks "
                + "('marks\tkeep')", e.getMessage());
    }

    @Test
    void aManifestMustSayHowTheLanguageIsWritten() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse("xx", "marks\tkeep"));
        assertEquals("org/warta/lang/xx/language.tsv: the manifest must say 'script'", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> parse("xx", "script\tLatin"));
        assertEquals("org/warta/lang/xx/language.tsv: the manifest must say 'segmentation'", e.getMessage());
    }

    @Test
    void aGoodManifestWithCommentsAndBlankLinesLoads() {
        LanguageProfile p = parse("xx", "# a comment", "", "script\tArabic", "segmentation\tspaced", "marks\tkeep",
                "drop\tU+064B..U+065F|U+0640", "fold\tأ|إ\tا", "byline\tbi|min", "byline\tkataba");
        assertEquals(List.of("Arabic"), p.scripts());
        assertEquals(List.of("bi", "min", "kataba"), p.bylineWords());
        assertEquals("اب", p.folding().fold("أَـب"));
        assertEquals(RESOURCE + ":6", p.origin("drop"));
        assertEquals(LanguageProfile.ICU_ANALYZER, p.analyzer());
    }
}
