package org.warta.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BacktrackingGuardTest {
    @Test
    void nestedRepetitionIsCaughtWithItsOriginAndInput() {
        try (BacktrackingGuard guard = new BacktrackingGuard(500)) {
            Optional<BacktrackingGuard.Finding> finding = guard.check("xx/clean.tsv:7", Pattern.compile("(a+)+$"));
            assertTrue(finding.isPresent(), "(a+)+$ must be caught");
            assertEquals("xx/clean.tsv:7", finding.get().origin());
            assertTrue(finding.get().input().startsWith("a run of 'a'"), finding.get().toString());
        }
    }

    @Test
    void overlappingAlternativesAreCaught() {
        try (BacktrackingGuard guard = new BacktrackingGuard(500)) {
            assertTrue(guard.check("words", Pattern.compile("^(\\w+\\s?)+$")).isPresent());
            assertTrue(guard.check("dotted", Pattern.compile("(?:\\w|\\.)+\\.\\w+@")).isPresent());
        }
    }

    @Test
    void aPolynomialBlowUpInOneAttemptIsCaught() {
        // a caption, then white space, then more white space, then a bracket: every split of a run of spaces is tried
        try (BacktrackingGuard guard = new BacktrackingGuard(500)) {
            Optional<BacktrackingGuard.Finding> finding = guard.check("caption", Pattern.compile("^(.*?)\\s*\\s*\\("));
            assertTrue(finding.isPresent());
            assertTrue(finding.get().failure().startsWith("one match attempt"), finding.get().toString());
        }
    }

    @Test
    void aStackOverflowIsCaught() {
        try (BacktrackingGuard guard = new BacktrackingGuard(2_000)) {
            Optional<BacktrackingGuard.Finding> finding = guard.check("share", Pattern.compile("(?:(?:facebook|x)\\s*){2,}"));
            assertTrue(finding.isPresent());
            assertTrue(finding.get().failure().endsWith("overflowed the stack"), finding.get().toString());
        }
    }

    @Test
    void linearPatternsPass() {
        try (BacktrackingGuard guard = new BacktrackingGuard(2_000)) {
            assertEquals(Optional.empty(), guard.check("possessive", Pattern.compile("(?:a++\\s*+)++$")));
            assertEquals(Optional.empty(), guard.check("date", Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)")));
        }
    }

    @Test
    void inputsIncludeThePatternsOwnWords() {
        assertTrue(BacktrackingGuard.inputs(Pattern.compile("(?i)(?:foto|photo):\\s*(?<credit>\\p{L}+)"))
                .keySet().stream().anyMatch(s -> s.contains("'foto '")));
    }
}
