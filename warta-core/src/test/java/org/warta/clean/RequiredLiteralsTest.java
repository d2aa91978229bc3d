package org.warta.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the pattern reader takes to be required, and where it must refuse to claim anything. */
class RequiredLiteralsTest {

    @Test
    void keywordsAndBracketsOfACommentCounterAreRequired() {
        List<Set<String>> required = RequiredLiterals.of("(?:comments?|replies)\\s*[\\(\\[]\\s*\\d+\\s*[\\)\\]]");
        assertTrue(required.contains(Set.of("comment", "comments", "replies")), required.toString());
        assertTrue(required.contains(Set.of("(", "[")), required.toString());
        assertTrue(required.contains(Set.of(")", "]")), required.toString());
    }

    @Test
    void aCaptionNeedsItsBracketAndKeywordNotItsLazyPrefix() {
        List<Set<String>> required = RequiredLiterals.of(
                "(?<caption>.{4,400}?)\\s*[（(]\\s*(?<credit>[^（）()]{1,40}?)\\s*[摄攝]\\s*[）)]");
        assertEquals(Set.of(Set.of("(", "（"), Set.of("摄", "攝"), Set.of(")", "）")), Set.copyOf(required));
    }

    @Test
    void optionalPartsAndRepetitionsFromZeroRequireNothing() {
        assertEquals(List.of(Set.of("foobar", "bar")), RequiredLiterals.of("(?:foo)?bar"));
        assertEquals(List.of(Set.of("bar")), RequiredLiterals.of("(?:foo)*bar(?:baz){0,3}"));
        assertEquals(List.of(Set.of("foo")), RequiredLiterals.of("(?:foo){2,}"));
    }

    @Test
    void anAlternativeWithoutLiteralsMakesTheWholeAlternationRequireNothing() {
        assertEquals(List.of(), RequiredLiterals.of("(?:foo|\\d+)"));
        assertEquals(List.of(Set.of("tail")), RequiredLiterals.of("(?:foo|\\d+)\\s*tail"));
    }

    @Test
    void adjacentLiteralsAndShortOptionsCombineIntoWholeWords() {
        assertEquals(List.of(Set.of("email", "e-mail")), RequiredLiterals.of("e-?mail"));
        // a long word in a branch beats its short neighbour: "photo\s+credit" needs "credit" as much as "photo"
        assertEquals(List.of(Set.of("credit", "image")), RequiredLiterals.of("(?:photo\\s+credit|image)"));
    }

    @Test
    void lookaroundsBackReferencesAndUnknownClassesRequireNothing() {
        assertEquals(List.of(), RequiredLiterals.of("(?=abc)\\w+"));
        assertEquals(List.of(), RequiredLiterals.of("(?<=abc)\\w+(?!def)"));
        assertEquals(Set.of(Set.of("a"), Set.of("x")), Set.copyOf(RequiredLiterals.of("(a)\\1x")));
        assertEquals(List.of(), RequiredLiterals.of("[^abc]+"));
        assertEquals(List.of(), RequiredLiterals.of("[a-c]"));
        assertEquals(List.of(), RequiredLiterals.of("[\\p{L}.]"));
        assertEquals(List.of(Set.of("a", "b", "-")), RequiredLiterals.of("[ab-]"));
    }

    @Test
    void escapesStandForTheirCharacters() {
        assertEquals(List.of(Set.of("a.b")), RequiredLiterals.of("\\Qa.b\\E"));
        assertEquals(List.of(Set.of("A\u00A0(")), RequiredLiterals.of("\\x41\\u00A0\\("));
        assertEquals(List.of(Set.of("ab")), RequiredLiterals.of("\\bab\\b"));
    }

    @Test
    void syntaxItCannotReadMakesThePatternRequireNothing() {
        assertEquals(List.of(), RequiredLiterals.of("(?x) foo # comment"));
        assertEquals(List.of(), RequiredLiterals.of("[a[bc]]x"));
        assertEquals(List.of(), RequiredLiterals.of("[a&&b]x"));
        assertEquals(List.of(), RequiredLiterals.of("\\N{LATIN SMALL LETTER A}"));
        assertEquals(List.of(), RequiredLiterals.of("foo)"));
    }

    @Test
    void inlineFlagsAreReadThrough() {
        assertEquals(List.of(Set.of("by")), RequiredLiterals.of("(?i)by\\s+(?-i:\\p{Lu})\\w+"));
        assertFalse(RequiredLiterals.of("(?-i:Von)\\s+\\w+").isEmpty());
    }

    @Test
    void everyShippedLineRuleRequiresSomething() {
        // Rules the screen knows nothing of always run; keep the shipped data screenable so cleaning stays fast.
        for (CleanRule rule : CleanRules.defaults().lineRules()) {
            assertFalse(RequiredLiterals.of(rule.pattern().pattern()).isEmpty(), rule.where());
        }
    }
}
