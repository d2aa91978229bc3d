package org.warta.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.Layer;
import org.warta.model.Quote;

class QuotesAndRobustnessTest {
    @Test
    void directQuoteHasItsSpeaker() {
        String text = "\"We will not accept any attack on our territory,\" Russian Foreign Minister Sergei Lavrov said on Monday.";
        Article prepared = EventTestSupport.prepared(text, "en");
        Entity lavrov = EventTestSupport.entity(prepared, "Sergei Lavrov", Entity.Type.PERSON, "Sergei Lavrov",
                "foreign minister", "RUS");
        Article a = EventTestSupport.code(prepared, List.of(lavrov), null, null);
        assertEquals(1, a.quotes().size(), a.quotes().toString());
        Quote q = a.quotes().get(0);
        assertTrue(q.direct());
        assertEquals("Sergei Lavrov", q.speaker());
        assertEquals(0, q.speakerEntity());
        assertEquals("We will not accept any attack on our territory,", q.text());
        assertEquals(q.text(), a.text().substring(q.start(), q.end()));
        assertTrue(a.events().stream().noneMatch(e -> e.status() == org.warta.model.Event.Status.ASSERTED
                && e.code().equals("190")), "a refused attack is not an attack: " + EventTestSupport.described(a));
    }

    @Test
    void reportedSourceAtTheEndOfTheSentence() {
        String text = "Syrian rebels attacked a government checkpoint near Aleppo, Syrian state media said.";
        Article a = EventTestSupport.code(text, "en", List.of());
        assertTrue(a.events().stream().anyMatch(e -> e.code().equals("190") && "Syrian state media".equals(e.reportedBy())),
                EventTestSupport.described(a) + " " + a.events());
        Quote q = a.quotes().get(0);
        assertFalse(q.direct());
        assertEquals("Syrian rebels attacked a government checkpoint near Aleppo", q.text());
    }

    @Test
    void languagesWithoutPatternsGetAWarningNotAnError() {
        Article a = EventTestSupport.code("Miniștrii de externe s-au întâlnit ieri la București.", "ro", List.of());
        assertTrue(a.has(Layer.EVENTS) && a.has(Layer.QUOTES));
        assertTrue(a.events().stream().allMatch(e -> e.confidence() <= 0.6), a.events().toString());
        assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("fallback-patterns")), a.warnings().toString());
    }

    @Test
    void dirtyTextNeverBreaksTheStage() {
        StringBuilder longSentence = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            longSentence.append("police attacked protesters and ");
        }
        List<String> texts = List.of("", "   ", "\"\"\"\" ,,, ;;; — —", "(((", "U.S. U.N. EE.UU. 's 's '",
                longSentence.toString(), "Kedua pihak sepakat.", "Both sides agreed. They met. He said.",
                "\u0000\u0001 attack \uFFFD by by by");
        for (String t : texts) {
            Article a = EventTestSupport.code(t.isEmpty() ? "x" : t, "en", List.of());
            assertTrue(a.has(Layer.EVENTS), t);
            assertTrue(a.warnings().stream().noneMatch(w -> w.code().equals("stage-failed")), a.warnings().toString());
        }
    }
}
