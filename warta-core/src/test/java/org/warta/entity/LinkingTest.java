package org.warta.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.kb.KnowledgeBase;
import org.warta.model.Entity;
import org.warta.model.Sentence;

/** Later short mentions take the identity of the full mention before them. */
class LinkingTest {
    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer(KnowledgeBase.builtIn());

    private static List<Entity> recognise(String lang, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> spans = new java.util.ArrayList<>();
        for (String s : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            spans.add(new Sentence(text.length(), text.length() + s.length(), 0));
            text.append(s);
        }
        return RECOGNIZER.recognise(text.toString(), spans, lang);
    }

    @Test
    void personNotInTheKnowledgeBase() {
        List<Entity> es = recognise("en",
                "Finance Minister Maria Fernanda Lopes of Portugal opened the new port on Monday.",
                "Lopes said the project would create jobs.");
        Entity later = es.stream().filter(e -> e.text().equals("Lopes")).findFirst().orElseThrow();
        assertEquals(Entity.Type.PERSON, later.type());
        assertEquals("Maria Fernanda Lopes", later.canonical());
        assertEquals("finance minister", later.role());
        assertEquals("PRT", later.country());
        assertNull(later.kbId());
    }

    @Test
    void personInTheKnowledgeBaseByShortName() {
        List<Entity> es = recognise("en", "Sergei Lavrov arrived in Ankara.", "Lavrov met Hakan Fidan.");
        Entity later = es.stream().filter(e -> e.text().equals("Lavrov")).findFirst().orElseThrow();
        assertEquals("person/sergei-lavrov", later.kbId());
        assertEquals("foreign minister", later.role());
        assertEquals("RUS", later.country());
        Entity ankara = es.stream().filter(e -> e.text().equals("Ankara")).findFirst().orElseThrow();
        assertEquals("TUR", ankara.country());
    }

    @Test
    void surnameRepeatedWhereNoRuleFoundIt() {
        List<Entity> es = recognise("en", "Chancellor Ingrid Vasquez-Tamm addressed parliament.",
                "Critics accused Tamm of delay.");
        assertTrue(es.stream().anyMatch(e -> e.text().equals("Tamm") && "Ingrid Vasquez-Tamm".equals(e.canonical())),
                es.toString());
    }
}
