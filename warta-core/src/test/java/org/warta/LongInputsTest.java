package org.warta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.warta.testing.Fixtures;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.RawDocument;
import org.warta.model.Sentence;
import org.warta.pipeline.Budget;
import org.warta.pipeline.BudgetExceeded;
import org.warta.pipeline.Pipeline;
import org.warta.text.Sentences;

/**
 * Texts built to find where work grows faster than the text: a paragraph that lost its full stops, an article
 * repeated many times. Each is processed whole, with no budget, within a generous
 * hang guard; with a time budget, the record is stopped and the next one is processed.
 */
class LongInputsTest {
    private static final Duration GUARD = Duration.ofSeconds(60);
    private static final Pipeline UNLIMITED = Warta.pipeline(WartaOptions.defaults().withBudget(Budget.UNLIMITED));

    private static String article() throws Exception {
        return Files.readString(Fixtures.examples().resolve("id-prabowo-xi.txt"), StandardCharsets.UTF_8);
    }

    private static String repeat(String unit, int chars) {
        StringBuilder b = new StringBuilder(chars + unit.length());
        while (b.length() < chars) {
            b.append(unit);
        }
        return b.toString();
    }

    private static String withoutPunctuation(String text) {
        return text.replaceAll("[\\p{P}\\p{S}]", "").replaceAll("\\s+", " ") + " ";
    }

    private static Article process(String text) {
        return assertTimeoutPreemptively(GUARD, () -> UNLIMITED.process(RawDocument.ofText(text)));
    }

    @Test
    void aParagraphWithoutFullStopsIsReadInBoundedSentences() throws Exception {
        Article a = process(repeat(withoutPunctuation(article()), 600_000));
        assertTrue(a.sentences().size() >= 600_000 / Sentences.MAX_CHARS, "sentences: " + a.sentences().size());
        for (Sentence s : a.sentences()) {
            assertTrue(s.end() - s.start() <= Sentences.MAX_CHARS);
        }
        assertTrue(a.entities().stream().anyMatch(e -> "person/prabowo-subianto".equals(e.kbId())), "Prabowo is found");
        // the article told over and over: its events are coded, each once
        assertTrue(a.events().size() > 5, "events: " + a.events().size());
    }

    @Test
    void anArticleRepeatedManyTimesLinksEveryShortMention() throws Exception {
        Article a = process(repeat(article() + "\n\n", 600_000));
        long prabowo = a.entities().stream().filter(e -> e.text().equals("Prabowo")).count();
        long linked = a.entities().stream().filter(e -> e.text().equals("Prabowo")
                && "Prabowo Subianto".equals(e.canonical()) && e.type() == Entity.Type.PERSON).count();
        assertTrue(prabowo > 300, "mentions: " + prabowo);
        assertEquals(prabowo, linked);
    }

    @Test
    void aRecordOverItsTimeFailsAndTheNextIsProcessed() throws Exception {
        Pipeline budgeted = Warta.pipeline(WartaOptions.defaults()
                .withBudget(Budget.UNLIMITED.withMaxRecordTime(Duration.ofSeconds(1))));
        String slow = repeat(withoutPunctuation(article()), 3_000_000);
        BudgetExceeded e = assertTimeoutPreemptively(GUARD, () ->
                assertThrows(BudgetExceeded.class, () -> budgeted.process(RawDocument.ofText(slow))));
        assertEquals("too-slow", e.reason());
        assertTrue(UNLIMITED.stageNames().contains(e.stage()), e.stage());
        Article good = budgeted.process(RawDocument.ofText(article()));
        assertEquals("id", good.language().code());
        assertTrue(good.entities().stream().anyMatch(x -> "person/xi-jinping".equals(x.kbId())), good.entities().toString());
    }

    @Test
    void theDefaultBudgetRefusesAHugeTextAtOnce() throws Exception {
        String huge = repeat(article().replace('\n', ' '), 15_000_000);
        BudgetExceeded e = assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertThrows(BudgetExceeded.class, () -> Warta.process(huge)));
        assertEquals("too-large", e.reason());
    }
}
